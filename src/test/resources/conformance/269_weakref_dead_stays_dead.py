# A dead weakref returns None forever, even when a new object takes
# the old address.
import weakref

class C:
    pass

a = C()
w = weakref.ref(a)
old = id(a)
del a
b = C()
print(id(b) == old)
print(w() is None)
print(w() is b)
w2 = weakref.ref(b)
print(w2 is w, w2() is b)
del b
print(w2() is None)
