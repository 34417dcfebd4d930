import gc
gc.collect()
class Item:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def fail():
    local = Item("local")
    raise ValueError("boom")
def catcher():
    try:
        fail()
    except ValueError as e:
        saved = e
    print("catcher returns")
catcher()
print("before collect")
gc.collect()
print("end")
