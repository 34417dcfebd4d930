# A cycle that survives a gen0 collection moves to gen1: collect(0) no
# longer finds it, collect(1) does.
import gc
gc.collect()

class A:
    pass

a = A()
a.me = a
del a
print(gc.collect(0))
b = A()
b.me = b
print(gc.collect(0))
del b
print(gc.collect(0))
print(gc.collect(1))
c = A()
c.me = c
gc.collect(0)
gc.collect(1)
del c
print(gc.collect(1))
print(gc.collect(2))
