# conformance: mask-addresses
# Showing addresses: the values differ run to run, only their shape is compared.
class Point:
    pass

p = Point()
print("p at", hex(id(p)))
q = p
print("q at", hex(id(q)), id(p) == id(q))
n = 10
print("n at", hex(id(n)))
n += 1
print("n at", hex(id(n)))
print(repr(p).startswith("<__main__.Point object at 0x"))
print(p)
del p, q
