import gc
gc.collect()
gc.disable()
print(gc.isenabled())
class C:
    pass
for i in range(3):
    c = C()
    c.me = c
del c
print(gc.collect())
gc.enable()
print(gc.isenabled())
