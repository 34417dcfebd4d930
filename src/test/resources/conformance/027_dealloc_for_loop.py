class Item:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
lst = [Item("a"), Item("b"), Item("c")]
for x in lst:
    lst = None
    print("loop", x.name)
print("after loop")
del x
print("end")
