# Results of builtins are small-int cached too.
k3 = 3
k256 = 256
lst = [10, 20, 30]
print(len(lst) is k3)
print(sum([100, 100, 56]) is k256)
print(max(1, 256) is k256, min(300, 256) is k256)
print(abs(-256) is k256)
print(round(255.6) is k256)
print(ord("a") == 97)
idx = lst.index(30)
two = 2
print(idx is two)
big = sum([200, 100])
k300 = 300
print(big == k300, big is k300)
