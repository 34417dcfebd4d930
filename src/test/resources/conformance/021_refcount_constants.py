import sys
a = 123456
print(sys.getrefcount(a))
b = a
print(sys.getrefcount(a))
def f():
    return 123456
print(sys.getrefcount(a))
