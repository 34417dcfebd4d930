e = "before"
try:
    raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
try:
    print(e)
except NameError as err:
    print("NameError:", err)
