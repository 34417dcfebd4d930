# del a, b deletes left to right; chained assignment binds left to right.
class Item:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

a = Item("a")
b = Item("b")
del a, b
print("---")
c = Item("c")
d = Item("d")
c = d = None
print("---")
e = Item("e")
f = Item("f")
e, f = f, e
print(e.name, f.name)
e, f = 1, 2
print("---")
g = Item("g")
g = Item("h") if False else None
print("end")
