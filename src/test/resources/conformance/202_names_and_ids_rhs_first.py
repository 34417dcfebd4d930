# The right side is evaluated before the old binding is dropped.
class N:
    def __init__(self, name):
        self.name = name
        print("init", name)
    def __del__(self):
        print("del", self.name)

x = N("one")
x = N("two")
print("after rebinding")
y = x
x = N("three")
print("y keeps two alive:", y.name)
y = None
print("before del x")
del x
print("end")
