# A cycle member held by weakref.finalize, a WeakSet or a WeakKeyDictionary: the
# collection also counts the internal weakref that the callback freed.
import gc, weakref
gc.collect()

class N:
    pass

def done():
    print("finalized")

a = N()
a.me = a
weakref.finalize(a, done)
del a
print(gc.collect())
b = N()
b.me = b
s = weakref.WeakSet()
s.add(b)
del b
print(gc.collect(), len(s))
c = N()
c.me = c
k = weakref.WeakKeyDictionary()
k[c] = 1
del c
print(gc.collect(), len(k))
