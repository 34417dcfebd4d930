# An uncaught TypeError from an operator.
total = 0
for part in [1, 2, "3"]:
    total = total + part
    print("total", total)
