class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
owner = N("owner")
owner.b = N("attr-b")
owner.a = N("attr-a")
owner.c = N("attr-c")
del owner
print("end")
