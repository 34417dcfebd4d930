# WeakValueDictionary entries vanish when the value dies.
import weakref

class Obj:
    def __init__(self, name):
        self.name = name

cache = weakref.WeakValueDictionary()
a = Obj("a")
b = Obj("b")
cache["a"] = a
cache["b"] = b
print(len(cache), sorted(cache.keys()))
print(cache["a"] is a, "b" in cache)
del a
print(len(cache), "a" in cache, sorted(cache.keys()))
print(cache.get("a"), cache.get("b") is b)
try:
    cache["n"] = 5
except TypeError as e:
    print("TypeError:", e)
b = None
print(len(cache), list(cache.keys()))
