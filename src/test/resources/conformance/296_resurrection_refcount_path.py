# Resurrection on the refcount path: __del__ stores self; the object lives
# on and its weakrefs stay alive.
import weakref
saved = []

class Phoenix:
    def __del__(self):
        print("__del__ stores self")
        saved.append(self)

def cb(r):
    print("callback")

p = Phoenix()
w = weakref.ref(p)
wc = weakref.ref(p, cb)
del p
print("weakref alive:", w() is not None, w() is saved[0])
print("callback weakref alive:", wc() is not None)
print("dropping again")
saved.clear()
print("weakref alive:", w() is not None)
