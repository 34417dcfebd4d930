# Constant folding produces compile-time constants that are merged as well.
a = 1000
b = 999 + 1
print(a is b)
spam = "spam"
folded = "sp" + "am"
print(folded is spam)
aaa = "aaa"
triple = "a" * 3
print(triple is aaa)
f = 3.75
g = 1.25 + 2.5
print(g is f)
big1 = 2 ** 100
big2 = 2 ** 100
print(big1 == big2, big1 is big2)
long1 = "a" * 5000
long2 = "a" * 5000
print(long1 == long2, long1 is long2)
neg = -1000
neg2 = -1000
print(neg is neg2)
