import gc
gc.collect()
freed = []
class Node:
    def __init__(self, i):
        self.i = i
        self.me = self
    def __del__(self):
        freed.append(self.i)
for i in range(2000):
    Node(i)
print(len(freed) > 0, len(freed) < 2000)
gc.collect()
print(len(freed))
