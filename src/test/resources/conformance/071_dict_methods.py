d = {"a": 1}
d["b"] = 2
print(d.get("a"), d.get("z"), d.get("z", 0), len(d))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("a"), d, d.setdefault("c", 3), d)
d.update({"x": 9}, y=8)
print(d, "x" in d, "q" not in d)
for k in d:
    print(k, d[k])
del d["x"]
print(d, dict([("p", 1)]), dict(a=1, b=2))
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
