import gc
gc.collect()
class N:
    def __del__(self):
        pass
a = N(); a.me = a
del a
gc.collect()
print(gc.garbage)
