# A for loop variable stays bound after the loop; a running loop's
# iterator holds its list.
import sys

class Item:
    pass

items = [Item(), Item()]
first = items[0]
print(sys.getrefcount(first))
for it in items:
    pass
last = items[1]
print(sys.getrefcount(last))
print(it is last)
for it in items:
    print(sys.getrefcount(items))
    break
print(sys.getrefcount(items))
print(sys.getrefcount(first))
del it, last, first
items.clear()
