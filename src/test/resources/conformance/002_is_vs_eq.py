x = 1000
y = 1000
print(x is y, x == y)
s = "hello"
t = "hel" + "lo"
print(s is t)
u = "".join(["hel", "lo"])
print(s is u, s == u)
print(None is None, (5 > 3) is True)
