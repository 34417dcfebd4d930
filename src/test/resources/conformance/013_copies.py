a = [[1, 2], [3]]
shallow = a.copy()
print(shallow is a, shallow[0] is a[0])
shallow[0].append(9)
print(a)
sliced = a[:]
print(sliced == a, sliced is a)
d = {"k": [1]}
d2 = d.copy()
d2["k"].append(2)
print(d)
