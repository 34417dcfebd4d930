# The same object stored several times counts once per slot.
import sys

class Thing:
    pass

x = Thing()
many = [x] * 5
print(sys.getrefcount(x))
more = [x, x]
print(sys.getrefcount(x))
grid = [many, many]
print(sys.getrefcount(x), sys.getrefcount(many))
many.pop()
print(sys.getrefcount(x))
del more[0]
print(sys.getrefcount(x))
many = None
print(sys.getrefcount(x))
grid = None
print(sys.getrefcount(x))
more = None
print(sys.getrefcount(x))
del x
