# [[0]*3]*3 repeats one inner list; a comprehension builds three.
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
print(grid[0] is grid[1], grid[1] is grid[2])
good = [[0] * 3 for _ in range(3)]
good[0][0] = 1
print(good)
print(good[0] is good[1])
row = [0] * 3
print(row[0] is row[1])
row[0] = 5
print(row)
cells = [[]] * 2
cells[0].append("x")
print(cells)
cells[1] = ["y"]
print(cells)
