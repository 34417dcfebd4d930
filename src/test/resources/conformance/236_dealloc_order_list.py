# A list releases its elements last-first.
class Item:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

things = [Item("first"), Item("second"), Item("third")]
print("deleting the list")
del things
print("---")
t = (Item("t1"), Item("t2"), Item("t3"))
t = None
print("---")
nested = [Item("outer-a"), [Item("inner-a"), Item("inner-b")], Item("outer-b")]
nested = 0
print("end")
