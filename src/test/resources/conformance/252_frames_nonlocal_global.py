# nonlocal and global rebind variables of an outer scope.
count = 0

def bump_global():
    global count
    count += 1

def make_counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc

bump_global()
bump_global()
print(count)
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c2())

def shadow():
    count = 100
    return count

print(shadow(), count)

def read_only():
    return count * 10

print(read_only())
