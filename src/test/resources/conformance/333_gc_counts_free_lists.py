# gc.get_count()[0] moves only for real GC allocations and frees: objects taken from
# (or returned to) the tuple/list/dict free lists do not count, and a full collection
# empties those free lists, so the first class after it costs more than the next one.
import gc

class Warm:
    pass

gc.collect()
r = []
r.append(gc.get_count()[0])
r.append(gc.get_count()[0])
class First:
    pass
r.append(gc.get_count()[0])
class Second:
    pass
r.append(gc.get_count()[0])
class WithMethod:
    def m(self):
        pass
r.append(gc.get_count()[0])
print(r)
print([r[i + 1] - r[i] for i in range(len(r) - 1)])
