# A bound method is a temporary: a weak reference to it is dead at once.
import weakref

class C:
    def m(self):
        return "called"

c = C()
wm = weakref.ref(c.m)
print(wm() is None)
bound = c.m
wb = weakref.ref(bound)
print(wb() is None, wb()())
del bound
print(wb() is None)
print(c.m is c.m, c.m == c.m)
wf = weakref.ref(C.m)
print(wf() is None)
del c
