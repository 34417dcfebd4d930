# An uncaught AttributeError on an instance.
class Robot:
    def __init__(self):
        self.model = "R2"

r = Robot()
print(r.model)
print(r.zzzqqq)
