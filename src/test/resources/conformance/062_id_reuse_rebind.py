class C:
    pass
x = C()
old = id(x)
x = C()
print(id(x) == old)
x = C()
print(id(x) == old)
