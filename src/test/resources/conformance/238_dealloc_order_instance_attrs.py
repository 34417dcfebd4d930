# An instance: its own __del__ first, then attributes in insertion order.
class Item:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

owner = Item("owner")
owner.b = Item("attr-b")
owner.a = Item("attr-a")
owner.c = Item("attr-c")
print("dropping owner")
owner = None
print("---")
o2 = Item("owner2")
o2.x = Item("x-first")
o2.y = Item("y-second")
o2.x = Item("x-replaced")
print("dropping owner2")
del o2
print("end")
