# Augmented assignment on an int makes a new object.
my_int1 = 10
before = id(my_int1)
alias = my_int1
my_int1 *= 2
print(my_int1, alias)
print(id(my_int1) == before)
print(id(alias) == before)
print(my_int1 is alias)
twenty = 20
print(my_int1 is twenty)
my_int1 //= 2
print(my_int1 is alias)
