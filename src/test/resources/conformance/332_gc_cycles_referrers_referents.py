# gc.get_referents lists what an object points to; gc.get_referrers finds
# the containers pointing at an object. Lists and tuples are traversed
# last item first; a dict with only str keys visits its values only.
import gc
gc.collect()

class Box:
    pass

a = Box()
holder = [a, "text", 5]
refs = gc.get_referents(holder)
print(len(refs), refs[0], refs[1], refs[2] is a)
d = {"key": a}
dr = gc.get_referents(d)
print(len(dr), "key" in dr, a in dr)
t = (a, holder)
tr = gc.get_referents(t)
print(len(tr), tr[0] is holder, tr[1] is a)
back = gc.get_referrers(a)
print(len([r for r in back if r is holder]), len([r for r in back if r is d]), len([r for r in back if r is t]))
print(gc.get_referents(5), gc.get_referents("s"))
del t, d, holder, refs, dr, tr, back, a
