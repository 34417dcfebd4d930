# A dict key and a dict value each count; so does an attribute.
import sys

class K:
    pass

k = K()
print(sys.getrefcount(k))
d = {k: k}
print(sys.getrefcount(k))
d2 = {k: "value"}
print(sys.getrefcount(k))
del d[k]
print(sys.getrefcount(k))
holder = K()
holder.attr = k
holder.again = k
print(sys.getrefcount(k))
del holder.attr
print(sys.getrefcount(k))
holder = None
print(sys.getrefcount(k))
d2.clear()
print(sys.getrefcount(k))
del d, d2, k
