# Under refcounting __del__ runs before weakref callbacks; in a collected
# cycle the callbacks run first.
import gc, weakref
gc.collect()

class Obj:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

def cb(r):
    print("callback")

plain = Obj("plain")
w1 = weakref.ref(plain, cb)
del plain
print("---")
cyc = Obj("cyclic")
cyc.me = cyc
w2 = weakref.ref(cyc, cb)
del cyc
print(gc.collect())
