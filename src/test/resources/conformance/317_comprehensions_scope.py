# Comprehension variables do not leak; lambdas made in a loop share the variable.
x = "outer"
vals = [x for x in range(3)]
print(x, vals)
fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fixed = [lambda i=i: i for i in range(3)]
print([f() for f in fixed])
base = 10
added = [base + n for n in range(3)]
print(added)

def scale(factor):
    return [factor * v for v in [1, 2, 3]]

print(scale(4))
try:
    print(n)
except NameError as e:
    print("NameError:", e)
