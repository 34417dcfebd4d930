# An id is only meaningful while its object lives: a stored id can later
# match a different object.
class Tag:
    def __init__(self, label):
        self.label = label

first = Tag("first")
remembered = id(first)
first = None
second = Tag("second")
print(id(second) == remembered)
print(second.label)
l1 = [1, 2, 3]
lid = id(l1)
l1 = None
l2 = ["other"]
print(id(l2) == lid)
del second, l2
