import sys
class Box:
    pass
b = Box()
lst = [b]
print(sys.getrefcount(b))
lst.append(b)
print(sys.getrefcount(b))
d = {"one": b}
print(sys.getrefcount(b))
t = (b, b, b)
print(sys.getrefcount(b))
del lst
print(sys.getrefcount(b))
d.clear()
print(sys.getrefcount(b))
t = None
print(sys.getrefcount(b))
