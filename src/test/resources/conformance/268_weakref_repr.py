# weakref repr contains addresses: test its shape only.
import weakref

class elephant:
    pass

e = elephant()
w = weakref.ref(e)
r = repr(w)
print(r.startswith("<weakref at 0x"))
print("; to 'elephant' at 0x" in r)
print(r.endswith(">"))
print(str(w) == r)
del e
r2 = repr(w)
print(r2.startswith("<weakref at 0x"), r2.endswith("; dead>"))
print("; dead>" in r2, "elephant" in r2)

def func():
    pass

wf = weakref.ref(func)
print("; to 'function' at 0x" in repr(wf))
