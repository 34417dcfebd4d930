# sys.getrefcount reports the true count + 1 for its own argument.
import sys

class Box:
    pass

b = Box()
print(sys.getrefcount(b))
lst = [b]
print(sys.getrefcount(b))
lst.append(b)
print(sys.getrefcount(b))
d = {"one": b}
print(sys.getrefcount(b))
t = (b, b, b)
print(sys.getrefcount(b))
del t
print(sys.getrefcount(b))
lst.clear()
print(sys.getrefcount(b))
d = None
print(sys.getrefcount(b))
c = b
print(sys.getrefcount(b), sys.getrefcount(c))
del c
print(sys.getrefcount(b))
del b
