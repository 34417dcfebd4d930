# Non-cyclic children hanging off a cycle are counted too.
import gc
gc.collect()

class A:
    pass

a = A()
b = A()
a.o = b
b.o = a
a.child = A()
b.child = A()
del a, b
print("pair + one child each", gc.collect())
l = []
l.append(l)
del l
print("list self", gc.collect())
d = {}
d["d"] = d
del d
print("dict self", gc.collect())
def f():
    pass
f.me = f
del f
print("function self", gc.collect())
c = A()
c.items = [c, [1, 2], {"k": [3]}]
del c
print("instance + list + inner containers", gc.collect())
