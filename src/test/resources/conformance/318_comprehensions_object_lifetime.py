# Objects made inside a comprehension live as long as the result list.
class Item:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

items = [Item(str(i)) for i in range(3)]
print("built", len(items))
names = [it.name for it in items]
print(names)
items = None
print("---")
count = len([Item("tmp" + str(i)) for i in range(2)])
print("count", count)
kept = {k: Item("v" + k) for k in ["a", "b"]}
del kept["a"]
print("end")
kept = None
