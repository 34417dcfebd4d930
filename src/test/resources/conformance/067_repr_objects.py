class C:
    def method(self):
        pass
class D:
    def __repr__(self):
        return "D()"
def f():
    pass
c = C()
print(repr(c).startswith("<__main__.C object at 0x"))
print(C, int, type(c), type(1), D(), [D()])
print(repr(f).startswith("<function f at 0x"))
print(repr(c.method).startswith("<bound method C.method of <__main__.C object at 0x"))
print(repr(len), None, True, ...)
