import weakref
for value in [1, 2.5, "s", (1,), [1], {}, None, True]:
    try:
        weakref.ref(value)
        print("ok", type(value).__name__)
    except TypeError as e:
        print(e)
class C:
    pass
print(weakref.ref(C) is not None, weakref.ref(len) is not None)
def f():
    pass
print(weakref.ref(f)() is f)
print(weakref.ref(set())() is None)
