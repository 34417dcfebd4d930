import sys
class C:
    def bump(self):
        pass
c = C()
print(sys.getrefcount(c))
m = c.bump
print(sys.getrefcount(c))
m2 = c.bump
print(m == m2, m is m2)
print(sys.getrefcount(c))
del m, m2
print(sys.getrefcount(c))
