# Resurrection on the cycle path: weakrefs are cleared before __del__ runs,
# so the resurrected object has dead weakrefs. collect() reports 0 for it.
import gc, weakref
gc.collect()
saved = []

class Phoenix:
    def __del__(self):
        print("__del__ stores self")
        saved.append(self)

p = Phoenix()
p.me = p
w = weakref.ref(p)
del p
print(gc.collect())
print("resurrected:", len(saved), saved[0].me is saved[0])
print("weakref dead:", w() is None)
saved.clear()
print("after clear, next collect")
print(gc.collect())
print(gc.collect())
