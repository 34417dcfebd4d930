# Creating many unreachable cycles triggers automatic gen0 collections.
import gc
gc.collect()
deleted = 0

class Node:
    def __del__(self):
        global deleted
        deleted += 1

marks = []
for i in range(3000):
    n = Node()
    n.me = n
    if i % 100 == 0:
        marks.append(deleted)
n = None
print(marks)
print(deleted > 0, deleted < 3000)
gc.collect()
print(deleted)
