class N:
    def __init__(self, name):
        self.name = name
        print("init", name)
    def __del__(self):
        print("del", self.name)
x = N("one")
x = N("two")
x = None
print("end")
