# del unbinds the name, '= None' rebinds it; both drop one reference.
class Item:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

a = Item("a")
del a
try:
    print(a)
except NameError as e:
    print("NameError:", e)
b = Item("b")
b = None
print("b is", b)
c = Item("c")
other = c
del c
print("still alive via other:", other.name)
other = None
d = Item("d")
keep = [d]
d = None
print("list keeps", keep[0].name)
keep = None
print("end")
