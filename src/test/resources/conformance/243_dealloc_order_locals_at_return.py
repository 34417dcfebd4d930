# When a function returns, its locals die in the order they were first bound
# (parameters first); the return value survives in the caller.
class Item:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def work(param):
    b = Item("local-b")
    a = Item("local-a")
    keep = Item("returned")
    c = Item("local-c")
    print("returning")
    return keep

r = work(Item("param"))
print("caller has", r.name)
r = None
print("end")
