class Item:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def fail():
    local = Item("local")
    raise ValueError("boom")
saved = None
try:
    fail()
except ValueError as e:
    saved = e
print("saved", saved)
saved = None
print("end")
