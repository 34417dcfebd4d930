import weakref
class C:
    pass
c = C()
def make(name):
    def cb(ref):
        print("callback", name, ref() is None)
    return cb
w1 = weakref.ref(c, make("cb1"))
w2 = weakref.ref(c, make("cb2"))
w3 = weakref.ref(c, make("cb3"))
del c
print("end")
