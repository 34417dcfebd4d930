print([i * i for i in range(6) if i % 2 == 0])
print({i: str(i) for i in range(3)})
print(sorted({c for c in "banana"}))
print([(a, b) for a in range(3) for b in range(a)])
x = 10
print([x for x in range(3)], x)
print(sum(v for v in range(5)) if False else sum([v for v in range(5)]))
