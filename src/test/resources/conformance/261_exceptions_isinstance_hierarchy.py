# Exception classes and instances.
e = KeyError("k")
print(isinstance(e, KeyError), isinstance(e, Exception), isinstance(e, ValueError))
print(isinstance(ZeroDivisionError(), Exception))
print(repr(ValueError()), repr(ValueError("x", 2)))
print(str(ValueError()) == "", str(ValueError("x", 2)))
print(repr(KeyError("k")), str(KeyError("k")))
print(repr(IndexError(3)), str(IndexError(3)))
caught = []
for exc in [ValueError("v"), TypeError("t"), NameError("n")]:
    try:
        raise exc
    except Exception as err:
        caught.append(type(err))
print(caught)
try:
    raise TypeError
except TypeError as err:
    print(repr(err), err.args)
print(type(e) is KeyError)
