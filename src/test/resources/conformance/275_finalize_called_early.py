# Calling a finalizer runs it now; it will not run again at death.
import weakref

class Resource:
    pass

def cleanup(tag):
    print("cleanup", tag)
    return tag * 2

r = Resource()
fin = weakref.finalize(r, cleanup, "early")
print(fin.alive)
print(fin())
print(fin.alive)
print(fin())
del r
print("dropped, nothing more")
r2 = Resource()
fin2 = weakref.finalize(r2, cleanup, "ab")
r2 = None
print(fin2.alive, fin2())
