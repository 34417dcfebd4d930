import sys
class Item:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
items = [Item("x"), Item("y")]
for it in items:
    items = None
    print("loop", it.name)
it = None
print("end")
