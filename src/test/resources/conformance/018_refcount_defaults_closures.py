import sys
d = {}
print(sys.getrefcount(d))
def use(x=d):
    pass
print(sys.getrefcount(d))
def use2(y=d, z=d):
    pass
print(sys.getrefcount(d))
def outer():
    v = d
    def inner():
        return v
    return inner
f = outer()
print(sys.getrefcount(d))
del use, use2, f
print(sys.getrefcount(d))
