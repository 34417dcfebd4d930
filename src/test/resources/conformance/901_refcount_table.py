import sys, gc, weakref
gc.collect()
class Box:
    def count_self(self):
        return sys.getrefcount(self)
b = Box()
print(sys.getrefcount(b))
def fresh():
    l = Box()
    return sys.getrefcount(l)
print(fresh())
def peek(x):
    return sys.getrefcount(x)
print(peek(b))
def peek_twice(x):
    y = x
    return sys.getrefcount(x)
print(peek_twice(b))
print(b.count_self())
print(sys.getrefcount(Box()), sys.getrefcount([]))
lst = [b]
print(sys.getrefcount(b))
lst.append(b)
print(sys.getrefcount(b))
d = {"one": b}
print(sys.getrefcount(b))
t = (b, b, b)
print(sys.getrefcount(b))
def use(x=d): pass
print(sys.getrefcount(d))
m = b.count_self
print(sys.getrefcount(b))
a = 1000
c = 1000
print(a is c, sys.getrefcount(a))
def give(): return 1000
print(give() is a)
x = 200; y = x + 56; print(y is 256); z = x + 57; print(z is 257)
print(999 + 1 is a, "sp" + "am" is "spam")
head = "sp"
print(head + "am" is "spam", head + "am" == "spam")
print(id(20) - id(10))
