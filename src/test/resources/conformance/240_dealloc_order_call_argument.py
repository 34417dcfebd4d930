# A temporary argument dies right after the call returns, before print runs.
class Item:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def f(item):
    return "result of f(" + item.name + ")"

print(f(Item("arg")))
print("---")

def make(name):
    return Item(name)

make("discarded")
print("after discarded")
kept = make("kept")
print("holding", kept.name)
kept = None
print("end")
