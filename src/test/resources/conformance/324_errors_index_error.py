# An uncaught IndexError.
items = ["a", "b", "c"]
i = 0
while True:
    print(items[i])
    i += 1
