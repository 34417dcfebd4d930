# __repr__ is used by repr(), print, str() and inside containers.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "Point(" + str(self.x) + ", " + str(self.y) + ")"
    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

p = Point(1, 2)
print(p)
print(repr(p), str(p))
print([p, Point(3, 4)])
print({"origin": Point(0, 0)})
print(f"at {p}")
print(p == Point(1, 2), p is Point(1, 2), p != Point(2, 1))
pts = [Point(1, 2), Point(5, 5)]
print(p in pts, pts.index(Point(5, 5)), pts.count(p))
pts.remove(Point(1, 2))
print(pts)
