# Classes live in reference cycles: they survive until gc.collect().
# Functions die immediately.
import gc, weakref
gc.collect()

class Temporary:
    pass

inst = Temporary()
wc = weakref.ref(Temporary)
wi = weakref.ref(inst)
del Temporary
del inst
print(wi() is None, wc() is None)
gc.collect()
print(wc() is None)

def helper():
    return 1

wh = weakref.ref(helper)
del helper
print(wh() is None)
lam = lambda: 2
wl = weakref.ref(lam)
lam = None
print(wl() is None)
