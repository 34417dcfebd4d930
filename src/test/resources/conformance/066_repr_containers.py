print([1, "a", None, True], (1,), (), (1, 2))
print({"k": [1, 2], 3: (4,)}, set(), {5}, {1, 2, 3})
x = [1]
x.append(x)
print(x)
d = {}
d["me"] = d
print(d)
print([[], [[]]], range(3), range(1, 10, 2))
