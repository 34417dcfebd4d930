import gc
gc.collect()
def f():
    pass
f.me = f
del f
print(gc.collect())
print(gc.collect())
