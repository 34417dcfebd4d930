s = {1, 2, 3}
s.add(4); s.discard(1); s.discard(99)
print(s, len(s), 2 in s)
print({1, 2} | {3}, {1, 2} & {2, 3}, {1, 2} - {2}, {1, 2} ^ {2, 3})
try:
    s.remove(42)
except KeyError as e:
    print("KeyError", e)
print(sorted(set([3, 1, 3, 2])))
