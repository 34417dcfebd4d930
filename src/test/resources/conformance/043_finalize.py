import weakref
class C:
    pass
def bye(msg):
    print("finalize:", msg)
obj = C()
f = weakref.finalize(obj, bye, "gone")
print(f.alive)
del obj
print(f.alive)
print(f())
obj2 = C()
f2 = weakref.finalize(obj2, bye, "called early")
print(f2())
print(f2.alive)
del obj2
print("end")
