import weakref
class elephant:
    pass
e = elephant()
w = weakref.ref(e)
print(w() is e)
print(repr(w).startswith("<weakref at 0x"), "; to 'elephant' at 0x" in repr(w))
e = None
print(w() is None, "; dead>" in repr(w))
