# List, dict and set comprehensions.
squares = [x * x for x in range(6)]
print(squares)
evens = [x for x in squares if x % 2 == 0]
print(evens)
pairs = [(x, y) for x in range(3) for y in range(x)]
print(pairs)
lengths = {w: len(w) for w in ["a", "bb", "ccc"]}
print(lengths)
mods = {x % 3 for x in range(10)}
print(mods)
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix)
flat = [v for row in matrix for v in row if v % 2]
print(flat)
inverted = {v: k for k, v in lengths.items()}
print(inverted)
print(sum([x for x in range(101)]), any(x > 4 for x in squares), all([s >= 0 for s in squares]))
