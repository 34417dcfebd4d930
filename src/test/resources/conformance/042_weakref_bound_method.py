import weakref
class C:
    def m(self):
        pass
c = C()
w = weakref.ref(c.m)
print(w() is None)
