# A weak reference does not keep its referent alive.
import weakref
from weakref import ref

class Elephant:
    pass

e = Elephant()
w = weakref.ref(e)
print(w() is e)
print(weakref.getweakrefcount(e))
other = e
e = None
print(w() is other)
other = None
print(w())
print(w() is None)
f = Elephant()
w2 = ref(f)
print(w2() is f, w is w2)
del f
print(w2() is None)
