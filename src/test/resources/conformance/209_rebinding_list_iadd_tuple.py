# list += accepts any iterable (it is extend); list + needs a list.
x = [1, 2]
x += (3,)
print(x)
x += "ab"
print(x)
x += range(2)
print(x)
try:
    x = x + (3,)
except TypeError as e:
    print("TypeError:", e)
print(x)
try:
    y = (1,) + [2]
except TypeError as e:
    print("TypeError:", e)
