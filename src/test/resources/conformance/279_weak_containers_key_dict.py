# WeakKeyDictionary entries vanish when the key dies.
import weakref

class Key:
    pass

extra = weakref.WeakKeyDictionary()
k1 = Key()
k2 = Key()
extra[k1] = "one"
extra[k2] = "two"
print(len(extra), extra[k1], k2 in extra)
del k1
print(len(extra), extra[k2])
try:
    extra["str-key"] = 1
except TypeError as e:
    print("TypeError:", e)
k2 = None
print(len(extra))
