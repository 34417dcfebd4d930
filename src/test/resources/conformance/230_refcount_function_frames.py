# Locals and arguments each hold one reference.
import sys

class Box:
    def count_self(self):
        return sys.getrefcount(self)

def fresh():
    l = Box()
    return sys.getrefcount(l)

def peek(x):
    return sys.getrefcount(x)

def peek_twice(x):
    y = x
    return sys.getrefcount(x)

b = Box()
print(fresh())
print(peek(b))
print(peek_twice(b))
print(b.count_self())
print(sys.getrefcount(b))
print(sys.getrefcount(Box()))
print(sys.getrefcount([]))
print(sys.getrefcount([1, 2]))
del b
