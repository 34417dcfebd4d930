# An uncaught ZeroDivisionError at module level.
values = [10, 5, 0]
for v in values:
    print(100 // v)
print("never printed")
