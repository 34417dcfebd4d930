import sys
a = "hello_world"
b = "hello_" + "world"
print(a is b)
head = "hello_"
c = head + "world"
print(c is a, c == a)
d = sys.intern(c)
print(d is a)
e = "hello world"
f = "hello world"
print(e is f)
