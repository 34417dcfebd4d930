# Default values, closure cells and bound methods hold references.
import sys

class Counter:
    def __init__(self):
        self.n = 0
    def bump(self):
        self.n += 1

d = {"k": 1}
base = sys.getrefcount(d)
def use(x=d):
    return x
print(sys.getrefcount(d) - base)
def use2(y=d, z=d):
    return y
print(sys.getrefcount(d) - base)
del use
print(sys.getrefcount(d) - base)
def make():
    captured = d
    def inner():
        return captured
    return inner
f = make()
print(sys.getrefcount(d) - base)
del f
print(sys.getrefcount(d) - base)
del use2
print(sys.getrefcount(d) - base)
c = Counter()
print(sys.getrefcount(c))
m = c.bump
print(sys.getrefcount(c))
m()
print(c.n)
del m
print(sys.getrefcount(c))
del c
