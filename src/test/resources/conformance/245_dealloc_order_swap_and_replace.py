# Replacing list items and dict values frees the old ones immediately.
class Item:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

l = [Item("zero"), Item("one")]
l[0] = Item("zero-new")
print("after item replace")
l[1] = l[0]
print("after aliasing slot 1")
print(l[0] is l[1])
l[0:2] = [Item("slice-a"), Item("slice-b")]
print("after slice replace")
d = {"k": Item("v1")}
d.pop("k")
print("after dict pop")
d["k"] = Item("v2")
v = d.setdefault("k", Item("ignored"))
print("setdefault returned", v.name)
del v
d.clear()
l = None
print("end")
