import gc, weakref
gc.collect()
class N:
    def __init__(self, name):
        self.name = name
        print("init", self.name)
    def __del__(self):
        print("del", self.name)
x = N("one"); x = N("two")
del x
things = [N("first"), N("second"), N("third")]
del things
d = {"one": N("one"), "two": N("two"), "three": N("three")}
d["two"] = N("two-b")
del d
class C: pass
a = C(); b = C(); a.o = b; b.o = a
del a, b
print(gc.collect())
a = C(); a.me = a; del a
print(gc.collect())
l = []; l.append(l); del l
print(gc.collect())
def f(): pass
f.me = f
del f
print(gc.collect())
print(gc.collect())
p = N("p"); q = N("q"); p.o = q; q.o = p; p.c = N("pc"); q.c = N("qc")
del p, q
print(gc.collect())
def cb(r): print("callback", r() is None)
o = N("o")
w1 = weakref.ref(o, cb)
w2 = weakref.ref(o)
w3 = weakref.ref(o)
print(w2 is w3, w1 is w2)
del o
print(w2() is None)
class T: pass
del T
print(gc.collect())
