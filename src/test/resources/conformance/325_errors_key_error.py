# An uncaught KeyError shows the key's repr.
ages = {"ann": 31, "bob": 42}
for name in ["ann", "bob", "carl"]:
    print(name, ages[name])
