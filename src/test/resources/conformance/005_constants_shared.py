a = 1000
b = 1000
print(a is b)
def give():
    return 1000
print(give() is a)
f1 = 3.75
f2 = 3.75
print(f1 is f2)
t1 = (1, 2)
t2 = (1, 2)
print(t1 is t2)
print(999 + 1 is a)
