class C:
    pass
print(id(C()) == id(C()))
print(id([1, 2]) == id([3, 4]))
print(id({}) == id({}))
