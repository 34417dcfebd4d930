# dict item assignment and deletion are seen through every alias.
d = {"a": 1}
alias = d
d["b"] = 2
print(alias)
del d["a"]
print(alias, d is alias)
d.update({"c": 3})
print(alias)
d = {"fresh": True}
print(alias, d is alias)
alias.clear()
print(alias, d)
