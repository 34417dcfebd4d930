# Without a callback weakref.ref returns the same cached object;
# with a callback it makes a new one every time.
import weakref

class C:
    pass

def cb(r):
    pass

a = C()
r1 = weakref.ref(a)
r2 = weakref.ref(a)
print(r1 is r2, weakref.getweakrefcount(a))
r3 = weakref.ref(a, cb)
r4 = weakref.ref(a, cb)
print(r3 is r4, r3 is r1, weakref.getweakrefcount(a))
print(r1 == r3, r3 == r4)
del r3
print(weakref.getweakrefcount(a))
del r1, r2
print(weakref.getweakrefcount(a))
r5 = weakref.ref(a)
print(weakref.getweakrefcount(a))
del r4, r5
print(weakref.getweakrefcount(a))
del a
