# Each attribute access on an instance makes a new bound method object.
class C:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v

c = C(7)
m1 = c.get
m2 = c.get
print(m1 is m2, m1 == m2)
print(C.get is C.get)
print(m1(), C.get(c))
d = C(7)
print(c.get == d.get)
calls = [c.get, d.get]
d.v = 8
print([f() for f in calls])
