def kw(a, b=2, *args, c=3, **rest):
    return (a, b, args, c, rest)
print(kw(1))
print(kw(1, 5, 6, 7, c=9, d=10))
print(kw(b=4, a=0))
def no_return():
    pass
print(no_return())
square = lambda v: v * v
print(square(7), (lambda: "anon")(), list(map_like(square, [1, 2]) if False else [square(1), square(2)]))
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
try:
    kw()
except TypeError as e:
    print(e)
try:
    kw(1, x=2, a=3)
except TypeError as e:
    print(e)
