# PEP 442: objects with __del__ in a cycle are collected; gc.garbage stays empty.
import gc
gc.collect()

class Obj:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name, "partner still set:", self.partner.name)

a = Obj("a")
b = Obj("b")
a.partner = b
b.partner = a
del a, b
print(gc.collect())
print(gc.garbage)
print(len(gc.garbage))
