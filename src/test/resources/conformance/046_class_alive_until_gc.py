import gc, weakref
gc.collect()
class Temporary:
    pass
t = Temporary()
wc = weakref.ref(Temporary)
del Temporary
t = None
print(wc() is None)
gc.collect()
print(wc() is None)
def func():
    pass
wf = weakref.ref(func)
del func
print(wf() is None)
