class Item:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def make_getter():
    captured = Item("captured")
    unused = Item("unused")
    def get():
        return captured.name
    return get
g = make_getter()
print("made", g())
del g
print("end")
