import gc, sys, weakref
gc.collect()
class Item:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def f(x):
    return x.name
print(f(Item("arg")))
lst = [Item("a"), Item("b"), Item("c")]
for x in lst:
    lst = None
    print("loop", x.name)
print("after loop")
del x
l = [Item("1"), Item("2")]
l.clear()
print("cleared")
p = [Item("p1"), Item("p2")]
v = p.pop()
print("popped", v.name)
del v
def thrower():
    local = Item("local")
    raise ValueError("boom")
try:
    thrower()
except ValueError as e:
    print("in except block", e)
print("after except")
try:
    e
except NameError as err:
    print("e gone:", err)
def make_getter():
    captured = Item("captured")
    unused = Item("unused")
    def get():
        return captured.name
    return get
g = make_getter()
print("made", g())
del g
def add(i, bucket=[]):
    bucket.append(i)
    return bucket
r1 = add(1); r2 = add(2)
print(r1 is r2, r1)
t = ([1],)
try:
    t[0] += [3]
except TypeError as ex:
    print("TypeError", ex)
print(t)
a = [[0] * 3] * 3
a[0][0] = 9
print(a)
x = [1, 2]
y = x
x += [3]
print(y, x is y)
x = x + [4]
print(y, x is y)
s = "abc"
print(s.upper(), s[1:], s[::-1], len(s), f"{s!r:>6}|{3.14159:.2f}|{42:05d}")
d = {"a": 1, "b": 2}
for k, v in d.items():
    print(k, v)
print(sorted([3, 1, 2]), min(4, 2, 8), max([1, 9]), sum(range(5)), abs(-3))
print({1, 2, 3}, {3: "x"}, (1,), set(), [], {})
print(0.1 + 0.2, 1e16, 1.0, -0.0, float("inf"), 2 ** 100, 7 // -2, -7 % 3)
print(type(1), type("a"), type(Item), isinstance(3, int))
print(list(range(3)), tuple("ab"), dict(a=1))
print([i * i for i in range(5) if i % 2 == 0], {i: i for i in range(2)})
w = weakref.ref(Item("tmp"))
print(w() is None)
