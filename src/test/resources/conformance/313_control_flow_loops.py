# while / for / break / continue.
i = 0
while i < 10:
    i += 1
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("odd", i)
print("i ends at", i)
total = 0
for n in range(1, 6):
    for m in range(1, 6):
        if m > n:
            break
        total += m
print(total)
d = {"x": 1, "y": 2}
for key in d:
    print(key, d[key])
for v in d.values():
    print(v, end=" ")
print()
for pos, ch in enumerate("hi"):
    print(pos, ch, sep=":")
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
print(n, m)
