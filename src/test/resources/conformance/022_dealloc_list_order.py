class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
things = [N("first"), N("second"), N("third")]
del things
print("--")
t = (N("a"), N("b"))
t = None
print("end")
