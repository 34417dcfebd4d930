# An exception's args tuple references its arguments.
import sys

class Payload:
    pass

p = Payload()
print(sys.getrefcount(p))
try:
    raise ValueError(p)
except ValueError as e:
    print(sys.getrefcount(p))
    print(e.args[0] is p)
print(sys.getrefcount(p))
saved = None
try:
    raise KeyError(p)
except KeyError as e:
    saved = e
print(sys.getrefcount(p))
saved = None
print(sys.getrefcount(p))
err = RuntimeError(p, p)
print(sys.getrefcount(p))
del err
print(sys.getrefcount(p))
del p
