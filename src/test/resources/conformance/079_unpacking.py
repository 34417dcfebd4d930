a, b = 1, 2
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
*init, last = "abc"
print(first, rest, init, last)
(x, y), z = (1, 2), 3
print(x, y, z)
p = q = [0]
p.append(1)
print(q, p is q)
try:
    m, n = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    m, n, o = [1, 2]
except ValueError as e:
    print(e)
