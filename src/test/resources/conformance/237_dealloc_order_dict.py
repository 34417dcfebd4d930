# A dict releases its values in insertion order; a replaced value keeps
# its key's position, and the old value dies at the replacement.
class Item:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

d = {}
d["one"] = Item("one")
d["two"] = Item("two-a")
d["three"] = Item("three")
print("replacing two")
d["two"] = Item("two-b")
print("dropping the dict")
d = None
print("---")
keys = {Item("key-1"): 1, Item("key-2"): 2}
print("dropping the key dict")
del keys
print("end")
