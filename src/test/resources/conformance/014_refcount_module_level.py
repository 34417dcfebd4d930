import sys
class Box:
    pass
b = Box()
print(sys.getrefcount(b))
c = b
print(sys.getrefcount(b))
del c
print(sys.getrefcount(b))
print(sys.getrefcount(Box()))
print(sys.getrefcount([]))
