# String literals are shared; run-time strings are new.
s1 = "hello"
s2 = "hello"
print(s1 is s2)
w1 = "hello world"
w2 = "hello world"
print(w1 is w2)

def greet():
    return "hello world"

print(greet() is w1)
spam = "spam"
head = "sp"
built = head + "am"
print(built == spam, built is spam)
parts = ["x", "y"]
xy = "xy"
joined = parts[0] + parts[1]
print(joined == xy, joined is xy)
up = "SPAM".lower()
print(up == spam, up is spam)
