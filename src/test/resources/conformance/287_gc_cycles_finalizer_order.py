# In a collected cycle: weakref callbacks first, then every __del__, then
# the references are broken and non-cyclic children die.
import gc, weakref
gc.collect()

class Obj:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def cb(r):
    print("callback")

a = Obj("a")
b = Obj("b")
a.partner = b
b.partner = a
a.child = Obj("child-of-a")
b.child = Obj("child-of-b")
w = weakref.ref(a, cb)
del a, b
print("collecting")
print(gc.collect())
print("done")
