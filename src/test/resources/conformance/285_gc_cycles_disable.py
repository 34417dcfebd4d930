# gc.disable() stops automatic collection only; gc.collect() still works.
import gc
gc.collect()

class A:
    pass

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
a = A()
b = A()
a.o = b
b.o = a
del a, b
print(gc.collect())
print(gc.collect())
gc.enable()
print(gc.isenabled())
