x = 200
y = x + 56
print(y is 256 - 0)
z = x + 57
w = x + 57
print(z is w, z == w)
n = -4 - 1
m = -4 - 1
print(n is m)
p = -5 - 1
q = -5 - 1
print(p is q)
print(id(20) - id(10), id(256) - id(255))
