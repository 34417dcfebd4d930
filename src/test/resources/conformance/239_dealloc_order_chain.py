# Chains are released depth-first.
class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def __del__(self):
        print("del", self.name)

root = Node("root", Node("child", Node("grandchild")))
print("dropping root")
root = None
print("---")
tree = Node("top", [Node("left", Node("left-leaf")), Node("right")])
print("dropping tree")
del tree
print("end")
