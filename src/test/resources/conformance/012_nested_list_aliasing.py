grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
print(grid[0] is grid[1])
fixed = [[0] * 3 for _ in range(3)]
fixed[0][0] = 1
print(fixed)
row = [0] * 3
row[0] = 5
print(row)
