# list methods.
l = [3, 1, 2]
l.append(4)
l.extend([5, 6])
l.insert(0, 0)
l.insert(100, 99)
print(l)
print(l.pop(), l.pop(0), l)
l.remove(2)
print(l, l.index(4), l.count(1))
c = l.copy()
c.reverse()
print(c, l)
c.sort()
print(c)
words = ["pear", "Fig", "apple"]
words.sort()
print(words)
words.sort(reverse=True)
print(words)
try:
    l.remove(42)
except ValueError as e:
    print("ValueError:", e)
try:
    l.index(42)
except ValueError as e:
    print("ValueError:", e)
l.clear()
print(l, len(l))
