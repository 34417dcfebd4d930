# repr of functions, classes, methods and instances (addresses hidden).
class C:
    def m(self):
        pass

def f():
    pass

def outer():
    def inner():
        pass
    return inner

c = C()
print(repr(f).startswith("<function f at 0x"))
print(repr(lambda: 0).startswith("<function <lambda> at 0x"))
print(repr(outer()).startswith("<function outer.<locals>.inner at 0x"))
print(C, repr(C))
print(repr(C.m).startswith("<function C.m at 0x"))
print(repr(c.m).startswith("<bound method C.m of <__main__.C object at 0x"))
print(repr(c).startswith("<__main__.C object at 0x"), repr(c).endswith(">"))
print(len, repr(print))
print(int, str, type(None), type(1.5), type([]), type({}), type(f), type(c))
print(type(C), type(c.m), type(range(2)), type(iter([])))
