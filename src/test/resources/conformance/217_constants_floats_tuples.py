# Float and tuple constants are merged within the file, too.
f = 3.75
g = 3.75
print(f is g)

def three_point_seven_five():
    return 3.75

print(three_point_seven_five() is f)
t1 = (1, 2)
t2 = (1, 2)
print(t1 is t2)
n1 = ((1, 2), "a")
n2 = ((1, 2), "a")
print(n1 is n2, n1[0] is t1)
l1 = [1, 2]
l2 = [1, 2]
print(l1 is l2)
d1 = {}
d2 = {}
print(d1 is d2)
r1 = tuple(l1)
print(r1 == t1, r1 is t1)
