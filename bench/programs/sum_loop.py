total = 0
for i in range(500000):
    total += i
print(total)
