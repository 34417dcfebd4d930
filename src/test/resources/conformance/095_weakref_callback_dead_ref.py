import weakref
class C:
    pass
log = []
def cb(r):
    log.append((r() is None, r is w))
c = C()
w = weakref.ref(c, cb)
c = None
print(log)
w2 = weakref.ref(C(), lambda r: print("never printed?"))
print(w2() is None)
