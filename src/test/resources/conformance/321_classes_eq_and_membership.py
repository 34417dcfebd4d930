# __eq__ drives ==, in, list.index, list.count and list.remove.
class V:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        print("eq", self.n, other.n)
        return self.n == other.n
    def __repr__(self):
        return "V" + str(self.n)

a = V(1)
b = V(1)
print(a == b, a is b)
items = [V(0), V(1), V(2)]
print(b in items)
print(a in [a])
print(items.index(V(2)))
print(V(5) != V(6))
