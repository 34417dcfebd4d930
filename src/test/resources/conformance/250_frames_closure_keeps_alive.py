# A closure cell keeps its object alive; uncaptured locals die at return.
class Item:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def make_getter():
    captured = Item("captured")
    unused = Item("unused")
    def get():
        return captured.name
    print("make_getter returning")
    return get

g = make_getter()
print("got getter")
print(g())
g2 = g
g = None
print("still one reference:", g2())
g2 = None
print("end")
