# dict methods keep insertion order.
d = {"b": 2, "a": 1}
d["c"] = 3
print(d, list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.pop("b"), d)
print(d.pop("missing", "default"))
print(d.setdefault("a", 100), d.setdefault("n", []), d)
d["n"].append(1)
d.update({"a": 10, "z": 26})
print(d)
d2 = d.copy()
d2["a"] = -1
print(d["a"], d2["a"])
d["b"] = 2
del d["a"]
d["a"] = 1
print(list(d))
for k, v in d.items():
    print(k, v, end="; ")
print()
d.clear()
print(d, len(d2))
try:
    d.pop("nothing")
except KeyError as e:
    print("KeyError", e)
