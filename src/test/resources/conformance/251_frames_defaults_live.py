# Default values live as long as the function object.
class Item:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def f(x=Item("default")):
    return x.name

print(f())
print(f(Item("explicit")))
print("after explicit call")
alias = f
del f
print("alias still holds the default:", alias())
alias = None
print("end")
