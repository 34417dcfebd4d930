# del on list items, dict items and attributes.
class Item:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

l = [Item("l0"), Item("l1"), Item("l2")]
del l[1]
print("list now", len(l))
d = {"x": Item("dx"), "y": Item("dy")}
del d["y"]
print("dict keys", list(d.keys()))
o = Item("holder")
o.part = Item("part")
del o.part
print("attribute gone")
try:
    o.part
except AttributeError as e:
    print("AttributeError:", e)
o.part = None
print("part is", o.part)
del o, l, d
print("end")
