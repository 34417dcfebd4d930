# Each recursive call has its own frame and locals; they die on return,
# innermost first.
class Item:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def depth(n):
    local = Item("level-" + str(n))
    if n == 0:
        print("bottom reached")
        return 0
    result = depth(n - 1) + 1
    print("returning from level", n)
    return result

print(depth(3))

def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

print(fact(20), fact(25))
