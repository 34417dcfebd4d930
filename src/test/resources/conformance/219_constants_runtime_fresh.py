# Values computed at run time are new objects.
a = 1000
c = 999
d = c + 1
print(d == a, d is a)
e = int("1000")
print(e == a, e is a)
f = 1.5
g = f * 1
print(g == f, g is f)
t = (1, 2)
u = tuple([1, 2])
print(u == t, u is t)
n = 10
m = n * 100
p = n * 100
print(m is p)
s = 0
for i in range(5):
    s += 200
print(s == a, s is a)
