x = [1, 2]
alias = x
x += [3]
print(alias, x is alias)
x = x + [4]
print(alias, x is alias)
x.append(5)
print(alias, x)
y = [1]
y += (2, 3)
print(y)
try:
    y = y + (4,)
except TypeError as e:
    print(e)
