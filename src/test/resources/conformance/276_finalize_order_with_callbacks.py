# finalize is a weakref callback: registered earlier, it runs later.
import weakref

class C:
    def __del__(self):
        print("__del__")

def cb(r):
    print("weakref callback")

def fin_fn(label):
    print("finalize", label)

obj = C()
f1 = weakref.finalize(obj, fin_fn, "first")
w = weakref.ref(obj, cb)
f2 = weakref.finalize(obj, fin_fn, "second")
print("dropping")
obj = None
print("after", f1.alive, f2.alive)
