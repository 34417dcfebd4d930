# WeakSet members vanish when they die.
import weakref

class M:
    pass

members = weakref.WeakSet()
x = M()
y = M()
members.add(x)
members.add(y)
members.add(x)
print(len(members), x in members, y in members)
del x
print(len(members))
members.discard(y)
print(len(members), y in members)
members.add(y)
z = M()
print(z in members)
y = None
print(len(members))
try:
    members.add(3)
except TypeError as e:
    print("TypeError:", e)
del z
