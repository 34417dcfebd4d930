# The small ints are laid out in one static array, 32 bytes apart.
print(id(20) - id(10))
print(id(1) - id(0))
print(id(256) - id(-5))
print(id(0) - id(-1))
n = 100
print(id(n + 1) - id(n))
i = 0
while i < 3:
    print(i, id(i * 50) - id(0))
    i += 1
