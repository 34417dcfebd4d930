import gc, sys, weakref
from weakref import ref
gc.collect()
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
print(c(), c(), c())
total = 0
def add(x):
    global total
    total += x
add(5); add(7)
print(total)
class Cache: pass
cache = weakref.WeakValueDictionary()
k = Cache()
cache["a"] = k
print(len(cache), "a" in cache)
del k
print(len(cache), "a" in cache)
class K: pass
wk = weakref.WeakKeyDictionary()
kk = K()
wk[kk] = 1
print(len(wk))
del kk
print(len(wk))
ws = weakref.WeakSet()
s1 = K()
ws.add(s1)
print(len(ws))
s1 = None
print(len(ws))
def bye(msg): print("finalize:", msg)
obj = K()
f = weakref.finalize(obj, bye, "gone")
print(f.alive)
del obj
print(f.alive, f())
for bad in [1, "s", (1,), [1], {}]:
    try:
        weakref.ref(bad)
    except TypeError as e:
        print(e)
print(gc.is_tracked(1), gc.is_tracked("a"), gc.is_tracked({}), gc.is_tracked({"a": []}), gc.is_tracked([]), gc.is_tracked(K()))
saved = []
class R:
    def __del__(self):
        print("resurrect")
        saved.append(self)
r = R()
wr = weakref.ref(r)
del r
print(wr() is not None, len(saved))
saved.clear()
print(wr() is None)
gc.disable()
print(gc.isenabled())
a = K(); a.me = a
del a
print(gc.collect())
gc.enable()
print(weakref.getweakrefcount(K))
x = [1, 2, 3]
print(x.index(2), x.count(3), x[-1], x[1:], x[::2])
x.insert(0, 0); x.remove(2); x.reverse(); print(x)
x.sort(); print(x, x.pop(0), x)
print(", ".join(["a", "b"]), "a,b".split(","), "  x ".strip(), "abc".replace("b", "B"), "abc".find("c"))
print(list(enumerate("ab")), list(zip([1, 2], "xy")), list(reversed([1, 2, 3])), sorted({3: 1, 1: 2}))
t = (1, 2)
a, b = t
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3]
print(first, rest)
print(int("42") + 1, str(5) + "!", repr("q"), float("1.5"), bool(0), round(2.5), round(3.14159, 2))
print(any([0, 1]), all([1, 0]), max("abc"), min([3, 1, 2]), hash(1), chr(65), ord("A"))
def kw(a, b=2, *args, c=3, **kw):
    return (a, b, args, c, kw)
print(kw(1), kw(1, 5, 6, 7, c=9, d=10))
sq = lambda v: v * v
print(sq(7), (lambda: 1)())
i = 0
while True:
    i += 1
    if i > 3:
        break
else:
    print("no")
print(i)
for j in range(3):
    if j == 5:
        break
else:
    print("for-else")
try:
    1 / 0
except ZeroDivisionError as e:
    print("caught", e)
finally:
    print("finally")
try:
    [][1]
except (IndexError, KeyError) as e:
    print(type(e).__name__, e)
try:
    {}["k"]
except KeyError as e:
    print("KeyError", e)
try:
    raise ValueError("bad", 2)
except Exception as e:
    print(e, e.args)
assert 1 == 1
print(f"{'nested'!r} {1+1} {3.5:>8.2f} {255:x} {1000000:,}")
