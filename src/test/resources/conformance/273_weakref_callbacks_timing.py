# Callbacks fire synchronously, inside the statement that drops the object.
import weakref

class C:
    def __init__(self, name):
        self.name = name

log = []

def make_cb(name):
    def cb(r):
        log.append("dead " + name)
        print("callback for", name)
    return cb

a = C("a")
b = C("b")
wa = weakref.ref(a, make_cb("a"))
wb = weakref.ref(b, make_cb("b"))
pair = [a, b]
del a, b
print("list still holds both")
pair = None
print(log)
c = C("c")
wc = weakref.ref(c, make_cb("c"))
c = C("c2")
print("rebound c to", c.name, log)
del c
