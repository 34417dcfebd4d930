a = 1000
c = 999
print(c + 1 is a, c + 1 == a)
print(int("1000") is a)
l1 = [1, 2]
l2 = [1, 2]
print(l1 is l2)
d1 = {}
d2 = {}
print(d1 is d2)
