# The same list stored under two keys is one object.
shared = []
d = {}
d["a"] = shared
d["b"] = shared
d["a"].append(1)
print(d)
print(d["a"] is d["b"])
d["b"] = d["b"] + [2]
print(d, d["a"] is d["b"])
x = [shared, shared]
shared.append(3)
print(x)
t = (shared,)
shared.clear()
print(t, x)
