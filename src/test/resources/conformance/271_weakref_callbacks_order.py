# __del__ runs first, then weakref callbacks, most recently registered first.
import weakref

class C:
    def __del__(self):
        print("__del__")

def cb1(r):
    print("cb1")

def cb2(r):
    print("cb2")

def cb3(r):
    print("cb3")

obj = C()
w1 = weakref.ref(obj, cb1)
w2 = weakref.ref(obj, cb2)
w3 = weakref.ref(obj, cb3)
print("dropping")
del obj
print("after")
