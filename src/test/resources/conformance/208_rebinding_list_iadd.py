# In-place list operations keep the object; '+' builds a new one.
l = [1, 2]
alias = l
l += [3]
print(l, alias, l is alias)
l = l + [4]
print(l, alias, l is alias)
l = alias
l.append(5)
l.extend([6, 7])
print(alias)
l[0] = 100
del l[1]
print(alias)
last = l.pop()
print(last, alias, l is alias)
l.insert(0, -1)
l.remove(100)
print(alias)
l.reverse()
print(alias)
l.sort()
print(alias, l is alias)
