# An uncaught AssertionError; __del__ of live objects is not relied on:
# the program frees them before failing.
class Item:
    def __del__(self):
        print("del item")

it = Item()
del it
x = 3
assert x > 0
print("first assert passed")
assert x > 5, "x too small: " + str(x)
