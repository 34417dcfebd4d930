# t[0] += [3]: the list is extended, then the tuple item store fails.
t = ([1],)
inner = t[0]
try:
    t[0] += [3]
except TypeError as e:
    print("TypeError:", e)
print(t)
print(inner is t[0])
t[0].append(4)
print(t)
try:
    t[0] = [9]
except TypeError as e:
    print("TypeError:", e)
print(t)
