# Every int/float/str/tuple operation produces a new object.
a = 5000
b = a
a *= 3
print(a, b, a is b)
x = 7000
old = x
x += 0
print(x == old, x is old)
f = 1.5
g = f
f += 0.0
print(f == g, f is g)
t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
s = "ab"
r = s
s += "c"
print(s, r)
