# Rebinding the list name inside the loop does not stop the loop: the
# iterator holds the list until it is exhausted.
class Item:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

lst = [Item("a"), Item("b"), Item("c")]
for x in lst:
    print("visit", x.name)
    lst = None
print("after loop, x is", x.name)
x = None
print("end")
