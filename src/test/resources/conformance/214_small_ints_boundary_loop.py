# Build each value twice at run time and compare identities.
for v in range(250, 260):
    a = int(str(v))
    b = int(str(v))
    print(v, a is b)
for v in range(-8, -3):
    a = v + 0
    b = int(str(v))
    print(v, a is b)
