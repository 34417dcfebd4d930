# A value that is part of a cycle leaves the container only at gc.collect().
# collect() reports 2: the node, plus the container's internal weakref that its
# callback freed while the collection ran (see 085).
import gc, weakref
gc.collect()

class Node:
    pass

registry = weakref.WeakValueDictionary()
n = Node()
n.me = n
registry["n"] = n
plain = Node()
registry["plain"] = plain
del n, plain
print(len(registry), sorted(registry.keys()))
print(gc.collect())
print(len(registry), list(registry.keys()))
