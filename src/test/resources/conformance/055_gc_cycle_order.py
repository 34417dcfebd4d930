import gc, weakref
gc.collect()
class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
a = N("a"); b = N("b")
a.o = b; b.o = a
a.child = N("child-of-a"); b.child = N("child-of-b")
w = weakref.ref(a, lambda r: print("callback"))
del a, b
print("collect")
print(gc.collect())
