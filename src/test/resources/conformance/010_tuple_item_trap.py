t = ([1],)
try:
    t[0] += [3]
except TypeError as e:
    print("TypeError:", e)
print(t)
