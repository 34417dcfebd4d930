import sys
class K:
    pass
k = K()
v = K()
print(sys.getrefcount(k), sys.getrefcount(v))
d = {k: v}
print(sys.getrefcount(k), sys.getrefcount(v))
d[k] = k
print(sys.getrefcount(k), sys.getrefcount(v))
del d
print(sys.getrefcount(k), sys.getrefcount(v))
