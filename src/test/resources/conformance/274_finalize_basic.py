# weakref.finalize runs once, at the referent's death.
import weakref

class Resource:
    def __init__(self, name):
        self.name = name

def cleanup(name, extra):
    print("cleanup", name, extra)
    return "cleaned " + name

r = Resource("db")
fin = weakref.finalize(r, cleanup, "db", 42)
print(fin.alive)
print("dropping")
del r
print("after drop:", fin.alive)
print(fin())
print(fin.alive)
