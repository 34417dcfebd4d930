n = 0
i = 0
while i < 300000:
    n = n + i % 7
    i += 1
print(n)
