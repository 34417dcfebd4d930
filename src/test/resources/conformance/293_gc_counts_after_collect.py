# gc.collect() resets the allocation counts.
import gc
gc.collect()
print(gc.get_count())

class C:
    pass

keep = [C(), C(), C()]
gc.collect()
print(gc.get_count())
gc.collect(0)
print(gc.get_count())
