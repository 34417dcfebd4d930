class N:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def __del__(self):
        print("del", self.name)
root = N("root", N("child", N("grandchild")))
root = None
print("end")
