class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
d = {"one": N("one"), "two": N("two"), "three": N("three")}
d["two"] = N("two-b")
print("replaced")
del d
print("end")
