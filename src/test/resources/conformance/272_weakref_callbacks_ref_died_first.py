# No callback if the weakref object itself died first.
import weakref

class C:
    pass

def cb(r):
    print("callback ran")

obj = C()
w = weakref.ref(obj, cb)
del w
print("weakref dropped")
del obj
print("object dropped, no callback")
obj = C()
kept = weakref.ref(obj, cb)
weakref.ref(obj, cb)
print(weakref.getweakrefcount(obj))
del obj
print("end")
