# A function can mutate the caller's list, but rebinding its parameter is local.
def mutate(lst):
    lst.append("mutated")

def rebind(lst):
    lst = ["rebound"]
    return lst

def extend_in_place(lst):
    lst += ["+="]

data = ["start"]
mutate(data)
print(data)
r = rebind(data)
print(data, r)
extend_in_place(data)
print(data)

def bump(n):
    n += 1
    return n

k = 5
print(bump(k), k)
