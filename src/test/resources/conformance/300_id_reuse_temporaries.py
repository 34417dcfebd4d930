# Two temporaries that never coexist may get the same id.
class C:
    pass

print(id(C()) == id(C()))
print(id([1, 2]) == id([3, 4]))
print(id({}) == id({}))
a = C()
b = C()
print(id(a) == id(b))
ids = []
for k in range(3):
    ids.append(id(C()))
print(ids[0] == ids[1], ids[1] == ids[2])
keep = []
for k in range(3):
    obj = C()
    keep.append(obj)
print(id(keep[0]) == id(keep[1]))
