my_int1 = 10
old = id(my_int1)
my_int1 *= 2
print(id(my_int1) == old)
print(id(my_int1) - old)
big = 5000
alias = big
big *= 3
print(alias, big, alias is big)
