import weakref
class C:
    pass
c = C()
w1 = weakref.ref(c)
w2 = weakref.ref(c)
print(w1 is w2, weakref.getweakrefcount(c))
def cb(r):
    pass
w3 = weakref.ref(c, cb)
print(w3 is w1, weakref.getweakrefcount(c))
print(w1 == w3)
