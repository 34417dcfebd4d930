# Generation thresholds: gen0 is collected when its allocation count
# exceeds threshold0.
import gc
gc.collect()
print(gc.get_threshold())
gc.set_threshold(100, 5, 5)
print(gc.get_threshold())
gc.set_threshold(700)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
