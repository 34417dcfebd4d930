# Ints -5..256 computed at run time are the cached objects; 257 is not.
x = 200
k256 = 256
k257 = 257
y = x + 56
print(y, y is k256)
z = x + 57
print(z, z is k257, z == k257)
m5 = -5
m6 = -6
w = -4
print(w - 1 is m5, w - 2 is m6, w - 2 == m6)
zero = 0
print(x - 200 is zero, x * 0 is zero)
a = int("100")
b = 50 * 2
print(a is b)
c = int("1000")
d = 500 * x // 100
print(c == d, c is d)
