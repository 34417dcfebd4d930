import weakref
saved = []
class R:
    def __del__(self):
        print("__del__ runs")
        saved.append(self)
r = R()
w = weakref.ref(r)
del r
print("alive:", w() is not None, len(saved))
saved.clear()
print("second death:", w() is None)
