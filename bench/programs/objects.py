class Node:
    def __init__(self, value):
        self.value = value
        self.next = None
head = None
for i in range(100000):
    n = Node(i)
    n.next = head
    head = n
count = 0
while head is not None:
    count += 1
    head = head.next
print(count)
