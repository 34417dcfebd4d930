# At module level a saved exception makes no cycle: dropping it frees
# the thrower's locals at once.
class Item:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def fail():
    local = Item("local")
    raise ValueError("failed")

saved = None
try:
    fail()
except ValueError as e:
    saved = e
print("after except, saved:", saved)
print(saved.args)
saved = None
print("end")
