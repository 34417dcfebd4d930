class Item:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def work():
    a = Item("local-a")
    b = Item("local-b")
    print("working")
    return b
kept = work()
print("returned", kept.name)
kept = None
print("end")
