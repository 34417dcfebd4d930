# __del__ can drop other objects: they die right there, nested.
class Obj:
    def __init__(self, name, inner=None):
        self.name = name
        self.inner = inner
    def __del__(self):
        print("enter del", self.name)
        self.inner = None
        print("leave del", self.name)

outer = Obj("outer", Obj("middle", Obj("leaf")))
print("dropping")
outer = None
print("end")
