# Class attributes are shared until an instance shadows them.
class Dog:
    kind = "canine"
    tricks = []
    count = 0
    def __init__(self, name):
        self.name = name
        Dog.count += 1
    def add_trick(self, trick):
        self.tricks.append(trick)

a = Dog("Fido")
b = Dog("Buddy")
print(a.kind, b.kind, Dog.count)
a.kind = "wolf"
print(a.kind, b.kind, Dog.kind)
a.add_trick("roll")
b.add_trick("sit")
print(a.tricks, b.tricks is a.tricks)
del a.kind
print(a.kind)
Dog.kind = "dog"
print(a.kind, b.kind)
print(isinstance(a, Dog), type(a) is Dog)
