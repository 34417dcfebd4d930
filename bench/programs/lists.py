items = []
for i in range(200000):
    items.append(i % 100)
total = 0
for x in items:
    total += x
print(total, len(items))
