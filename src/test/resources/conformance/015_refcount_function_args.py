import sys
class Box:
    def count_self(self):
        return sys.getrefcount(self)
b = Box()
def peek(x):
    return sys.getrefcount(x)
def peek_twice(x):
    y = x
    return sys.getrefcount(x)
def fresh():
    l = Box()
    return sys.getrefcount(l)
print(peek(b), peek_twice(b), fresh(), b.count_self())
print(sys.getrefcount(b))
