class Item:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def f(x):
    return x.name.upper()
print(f(Item("arg")))
print("after")
