import gc
gc.collect()
class C:
    pass
a = C()
b = C()
a.o = b
b.o = a
del a, b
print(gc.collect())
print(gc.collect())
