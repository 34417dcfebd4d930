import sys
print(sys.getsizeof(1), sys.getsizeof(0), sys.getsizeof(2 ** 40), sys.getsizeof(2 ** 100), sys.getsizeof(1.5))
print(sys.getsizeof(""), sys.getsizeof("abc"), sys.getsizeof([]), sys.getsizeof(()), sys.getsizeof((1, 2)))
print(sys.getsizeof({}), sys.getsizeof({"a": 1}), sys.getsizeof({1: 1}))
x = []
sizes = []
for i in range(10):
    x.append(i)
    sizes.append(sys.getsizeof(x))
print(sizes)
print(sys.getsizeof([1, 2, 3]), sys.getsizeof(list(range(3))), sys.getsizeof([i for i in range(3)]))
