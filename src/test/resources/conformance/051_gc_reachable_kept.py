import gc
gc.collect()
class C:
    pass
a = C(); b = C()
a.o = b; b.o = a
keep = a
del a, b
print(gc.collect())
print(keep.o.o is keep)
keep = None
print(gc.collect())
