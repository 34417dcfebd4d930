# One compilation merges equal constants across all its code objects.
a = 1000
b = 1000
print(a is b)

def give():
    return 1000

print(give() is a)
lam = lambda: 1000
print(lam() is a)

class Holder:
    value = 1000
    def get(self):
        return 1000

h = Holder()
print(Holder.value is a, h.get() is a)

def outer():
    def inner():
        return 1000
    return inner()

print(outer() is b)
