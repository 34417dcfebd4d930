def square(x):
    return x * x
acc = 0
for i in range(200000):
    acc += square(i)
print(acc)
