class Item:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
a = Item("a")
b = a
del a
print("del a done")
b = None
print("b = None done")
try:
    print(a)
except NameError as e:
    print(e)
print(b)
