import gc
gc.collect()
class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
x = N("x"); y = N("y"); z = N("z")
z.n = y; y.n = x; x.n = z
del y, z, x
print(gc.collect())
