# gc.collect() also counts weakrefs-with-callback that die because their
# callback ran during the collection.
import gc, weakref
gc.collect()

class Node:
    pass

def noop(r):
    print("callback (weakref kept)")

n = Node()
n.me = n
w = weakref.ref(n, noop)
del n
print(gc.collect())
holder = []

def drop(r):
    print("callback (weakref dropped)")
    holder.clear()

n = Node()
n.me = n
holder.append(weakref.ref(n, drop))
del n
print(gc.collect())
n = Node()
n.me = n
w2 = weakref.ref(n)
del n
print(gc.collect(), w2() is None)
