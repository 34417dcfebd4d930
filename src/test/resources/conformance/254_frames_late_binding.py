# Closures see the variable, not the value at creation time.
fns = []
for i in range(3):
    fns.append(lambda: i)
print([f() for f in fns])
fixed = []
for i in range(3):
    fixed.append(lambda i=i: i)
print([f() for f in fixed])

def make_adders():
    adders = []
    for k in [10, 20]:
        def add(x, k=k):
            return x + k
        adders.append(add)
    return adders

a10, a20 = make_adders()
print(a10(1), a20(1))
x = "global"
def show():
    return x
x = "changed"
print(show())
