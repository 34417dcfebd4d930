# Some constructors return their argument itself when it is immutable.
t = (1, 2, 3)
print(tuple(t) is t, t[:] is t)
l = [1, 2, 3]
print(list(l) is l, l[:] is l, l.copy() is l)
print(list(l) == l)
s = "spam"
print(str(s) is s, s[:] is s)
big = 10 ** 20
print(int(big) is big)
f = 2.5
print(float(f) is f)
d = {"k": 1}
print(dict(d) is d, dict(d) == d)
st = {1, 2}
print(set(st) is st, set(st) == st)
