# The finalize object stays registered even if the program drops its handle.
import weakref

class C:
    pass

def announce(msg):
    print(msg)

a = C()
weakref.finalize(a, announce, "a finalized")
b = C()
fb = weakref.finalize(b, announce, "b finalized")
fb = None
print("handles dropped")
del a
print("between")
del b
print("end")
