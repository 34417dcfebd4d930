class Item:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
l = [Item("1"), Item("2"), Item("3")]
l.clear()
print("cleared")
p = [Item("p1"), Item("p2")]
v = p.pop()
print("popped", v.name)
del v
print("dropped")
p = []
print("end")
