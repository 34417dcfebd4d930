# Freed memory is reused for the next object of the same size (LIFO).
class C:
    pass

a = C()
i = id(a)
del a
b = C()
print(id(b) == i)
c = C()
print(id(c) == i)
x = C()
old = id(x)
x = C()
print(id(x) == old)
x = C()
print(id(x) == old)
del b, c, x
