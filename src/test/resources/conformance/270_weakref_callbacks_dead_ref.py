# The callback receives the weakref object, which is already dead.
import weakref

class C:
    pass

def callback(r):
    print("callback: same weakref?", r is w, "dead?", r() is None)

obj = C()
w = weakref.ref(obj, callback)
print("dropping obj")
obj = None
print("after drop")
seen = []
obj2 = C()
w2 = weakref.ref(obj2, seen.append)
del obj2
print(len(seen), seen[0] is w2)
