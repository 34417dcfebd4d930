# repr of containers and other simple values.
print([], [1, [2, [3, []]]], (), (1,), (1, 2))
print({}, {"a": 1, "b": [1, 2], "c": {"d": None}})
print(set(), {3, 1, 2}, {-1, 5, 0})
print(True, False, None)
print(range(0, 5), range(5), range(1, 10, 2), range(-3, 3, -1))
print(list(range(3)), tuple(range(3)))
l = [1, 2]
l.append(l)
print(l)
d = {"k": 1}
d["self"] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
print([None, True, 1.0, "s", (2,), {}])
print({1: "one", 2.5: "two and a half", (1, 2): "tuple key", None: 0})
print({True: "t", 1: "one"})
l.clear()
d.clear()
t[0].clear()
