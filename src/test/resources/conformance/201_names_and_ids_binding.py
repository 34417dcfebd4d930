# A name holds a reference: '=' rebinds, it never copies.
a = [1, 2]
b = a
print(a is b, id(a) == id(b))
b.append(3)
print(a)
a = [1, 2, 3]
print(a is b, a == b)
print(b)
c = b
del b
print(c is a, c == a)
x = y = z = ["shared"]
print(x is y, y is z)
z.append("more")
print(x)
p, q = c, c
print(p is q, p is c)
first, second = [10, 20], [10, 20]
print(first is second, first == second)
first, second = second, first
print(first, second)
