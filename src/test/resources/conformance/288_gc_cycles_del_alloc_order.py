# In a fresh cycle, __del__ runs in allocation order, whatever the link
# order or the order of the del statements.
import gc
gc.collect()

class Obj:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

x = Obj("x")
y = Obj("y")
z = Obj("z")
z.n = y
y.n = x
x.n = z
del z, x, y
print(gc.collect())
p = Obj("p")
q = Obj("q")
q.n = p
p.n = q
del q
del p
print(gc.collect())
