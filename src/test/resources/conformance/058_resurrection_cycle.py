import gc, weakref
gc.collect()
saved = []
class R:
    def __del__(self):
        print("__del__ runs")
        saved.append(self)
r = R()
r.me = r
w = weakref.ref(r)
del r
print(gc.collect())
print(len(saved), w() is None)
saved.clear()
print(gc.collect())
