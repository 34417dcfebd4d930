# Locals die when the function returns; a discarded return value dies
# right after the call statement.
class Item:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def helper():
    tmp = Item("tmp")
    print("inside helper")
    return Item("result")

helper()
print("after discarded call")
r = helper()
print("after kept call")

def nested():
    inner_item = Item("nested-local")
    helper()
    print("back in nested")

nested()
print("after nested")
r = None
print("end")
