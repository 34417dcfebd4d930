a = [1, 2]
b = a
print(a is b, id(a) == id(b), a == b)
c = [1, 2]
print(a is c, a == c)
b.append(3)
print(a)
