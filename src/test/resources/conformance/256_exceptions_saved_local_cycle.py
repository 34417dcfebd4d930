# Saving the caught exception in a local makes a cycle
# (frame -> saved -> traceback -> frame): the thrower's locals then wait for gc.
import gc
gc.collect()

class Item:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def fail():
    local = Item("thrower-local")
    raise ValueError("failed")

def catch_and_keep():
    mine = Item("catcher-local")
    try:
        fail()
    except ValueError as e:
        saved = e
    print("leaving catch_and_keep")

catch_and_keep()
print("returned; nothing freed yet")
gc.collect()
print("after gc.collect")
