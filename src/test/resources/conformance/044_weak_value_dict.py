import weakref
class Image:
    def __init__(self, name):
        self.name = name
cache = weakref.WeakValueDictionary()
img = Image("cat")
cache["cat"] = img
print(len(cache), cache["cat"].name, "cat" in cache)
img = None
print(len(cache), "cat" in cache)
try:
    cache["n"] = 5
except TypeError as e:
    print(e)
