# A raise inside a function called from a function: a multi-frame traceback.
def validate(x):
    if x < 0:
        raise ValueError("negative value: " + str(x))
    return x

def process(values):
    out = []
    for v in values:
        out.append(validate(v))
    return out

print(process([1, 2]))
print(process([3, -4, 5]))
print("never printed")
