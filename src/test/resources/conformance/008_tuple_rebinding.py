t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
s = "ab"
v = s
s += "c"
print(s, v)
