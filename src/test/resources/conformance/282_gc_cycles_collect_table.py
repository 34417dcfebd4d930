# gc.collect() returns how many unreachable objects it found.
import gc
gc.collect()

class A:
    pass

a = A()
b = A()
a.o = b
b.o = a
del a, b
print("pair", gc.collect())
s = A()
s.me = s
del s
print("self", gc.collect())
x = A()
y = A()
z = A()
x.n = y
y.n = z
z.n = x
del x, y, z
print("ring", gc.collect())
print("nothing", gc.collect())
