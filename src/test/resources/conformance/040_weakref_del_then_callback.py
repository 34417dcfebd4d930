import weakref
class C:
    def __del__(self):
        print("__del__")
c = C()
w = weakref.ref(c, lambda r: print("callback"))
c = None
print("end")
