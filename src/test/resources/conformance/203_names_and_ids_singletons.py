# None, True, False and the empty tuple/str are single objects.
def nothing():
    pass

def empty():
    return ()

n = nothing()
print(n is None, nothing() is None)
gt = 5 > 3
print(gt is True, (2 > 3) is False)
e1 = empty()
e2 = tuple([])
print(e1 is e2, len(e2))
s1 = ""
s2 = "abc".replace("abc", "")
print(s1 is s2)
b1 = bool(1)
print(b1 is True, bool(0) is False, not None)
print(type(None), type(True), type(e1))
print(isinstance(True, int), True + True, True == 1)
x = None
y = None
print(x is y, x == y)
