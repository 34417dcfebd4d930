import gc
gc.collect()
class C:
    pass
a = C()
a.me = a
del a
print(gc.collect())
l = []
l.append(l)
del l
print(gc.collect())
d = {}
d["d"] = d
del d
print(gc.collect())
