# copy() is shallow: the containers inside are shared.
inner = [1, 2]
outer = [inner, [3]]
shallow = outer.copy()
print(shallow == outer, shallow is outer)
print(shallow[0] is inner)
inner.append(99)
print(shallow)
shallow.append("only in copy")
print(len(outer), len(shallow))
d = {"list": inner}
d2 = d.copy()
d2["list"].append(100)
print(d["list"])
d2["new"] = 1
print(sorted(d.keys()), sorted(d2.keys()))
sl = outer[:]
print(sl[1] is outer[1])
