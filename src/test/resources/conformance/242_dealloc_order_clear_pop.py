# clear() and slice deletion free in reverse order; pop() hands over its element.
class Item:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

l = [Item("p"), Item("q"), Item("r")]
l.clear()
print("after clear")
l = [Item("s"), Item("t"), Item("u")]
del l[:]
print("after del l[:]")
l = [Item("v"), Item("w"), Item("x")]
l = []
print("after l = []")
l = [Item("y"), Item("z")]
got = l.pop()
print("popped", got.name)
l.pop()
print("after discarded pop")
got = None
l.append(Item("last"))
del l[0]
print("end")
