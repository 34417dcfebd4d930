import sys
class P:
    pass
p = P()
print(sys.getrefcount(p))
try:
    raise ValueError(p)
except ValueError as e:
    print(sys.getrefcount(p))
print(sys.getrefcount(p))
saved = None
try:
    raise ValueError(p)
except ValueError as e:
    saved = e
print(sys.getrefcount(p))
saved = None
print(sys.getrefcount(p))
