import gc
gc.collect()
class C:
    pass
x = C(); y = C(); z = C()
x.n = y; y.n = z; z.n = x
del x, y, z
print(gc.collect())
a = C(); b = C()
a.o = b; b.o = a
a.child = C(); b.child = C()
del a, b
print(gc.collect())
