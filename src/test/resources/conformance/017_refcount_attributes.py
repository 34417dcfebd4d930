import sys
class Node:
    pass
child = Node()
parent = Node()
parent.child = child
print(sys.getrefcount(child))
parent.other = child
print(sys.getrefcount(child))
del parent.other
print(sys.getrefcount(child))
parent = None
print(sys.getrefcount(child))
