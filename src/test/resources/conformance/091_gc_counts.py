import gc
gc.collect()
print(gc.get_count()[1:])
class C:
    pass
gc.collect()
print(gc.get_count()[1], gc.get_count()[2])
