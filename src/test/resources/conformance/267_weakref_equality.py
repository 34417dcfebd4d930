# Live weakrefs compare like their referents; dead ones by identity.
import weakref

class P:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v

a = P(1)
b = P(1)
c = P(2)
ra = weakref.ref(a)
rb = weakref.ref(b)
rc = weakref.ref(c)
print(ra == rb, ra == rc, ra is rb)
print(ra() == rb())
del a
print(ra() is None)
print(ra == rb)
print(ra == ra)
del b
print(rb() is None, ra == rb)
del c
print(rc == rc, rc != ra)
