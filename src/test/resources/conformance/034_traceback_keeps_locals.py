class Item:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def fail():
    local = Item("local")
    raise ValueError("boom")
try:
    fail()
except ValueError:
    print("in except block")
print("after")
