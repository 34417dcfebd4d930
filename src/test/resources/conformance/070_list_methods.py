x = [3, 1, 2]
x.append(4); x.extend([5, 6]); x.insert(0, 0)
print(x)
print(x.pop(), x.pop(0), x)
x.remove(1); print(x, x.index(2), x.count(3))
x.sort(); print(x)
x.sort(reverse=True); print(x)
x.reverse(); print(x)
print(sorted(["b", "a"]), sorted([3, 1], reverse=True), len(x))
del x[0]; print(x)
del x[1:]; print(x)
y = [1, 2, 3, 4]
y[1:3] = [9]
print(y, y[-2:], y[:-1])
