# sys.getsizeof of simple values (64-bit CPython 3.11).
import sys

class C:
    pass

print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(2 ** 30), sys.getsizeof(2 ** 60))
print(sys.getsizeof(1.5), sys.getsizeof(True))
print(sys.getsizeof(""), sys.getsizeof("a"), sys.getsizeof("hello"), sys.getsizeof("é"))
print(sys.getsizeof([]), sys.getsizeof([1, 2, 3]), sys.getsizeof(()), sys.getsizeof((1, 2)))
print(sys.getsizeof({}), sys.getsizeof({"a": 1}), sys.getsizeof(set()))
print(sys.getsizeof(C()))
l = []
sizes = []
for i in range(10):
    l.append(i)
    sizes.append(sys.getsizeof(l))
print(sizes)
