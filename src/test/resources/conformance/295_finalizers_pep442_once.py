# __del__ runs at most once per object, even if it is freed twice.
import gc
gc.collect()
saved = []

class Phoenix:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
        saved.append(self)

p = Phoenix("p")
del p
print("resurrected:", len(saved), saved[0].name)
saved.clear()
print("second death: no __del__")
q = Phoenix("q")
q = None
print(len(saved))
saved.pop()
print("end")
