# if / elif / else and truthiness.
def classify(x):
    if x is None:
        return "none"
    elif isinstance(x, bool):
        return "bool"
    elif isinstance(x, int) and x < 0:
        return "negative int"
    elif isinstance(x, int):
        return "int"
    elif not x:
        return "empty " + str(type(x))
    else:
        return "other"

for v in [None, True, -3, 7, [], "", {}, "text", 2.5]:
    print(classify(v))
a = 0
b = "b"
print(a or b, a and b, b and a, not a, None or 0 or [] or "last")
print(1 if a else 2, "yes" if b else "no")
x = 5
print(0 < x < 10, 0 < x > 10, x == 5 != 6)
