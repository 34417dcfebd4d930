import gc
class C:
    pass
x = [1, "a"]
print(len(gc.get_referents(x)))
c = C()
holder = [c]
refs = gc.get_referrers(c)
print(any(r is holder for r in refs))
