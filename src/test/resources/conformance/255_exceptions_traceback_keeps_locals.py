# The traceback keeps the thrower's frame (and its locals) alive until the
# except block finishes.
class Item:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def fail():
    local = Item("local")
    raise ValueError("failed")

try:
    fail()
except ValueError as e:
    print("in except block:", e)
print("after try")

def fail_deeper():
    inner = Item("inner")
    fail()

try:
    fail_deeper()
except ValueError:
    print("caught deeper")
print("end")
