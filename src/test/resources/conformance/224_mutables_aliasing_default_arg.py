# A mutable default value is created once and shared by every call.
def add(i, bucket=[]):
    bucket.append(i)
    return bucket

r1 = add(1)
r2 = add(2)
print(r1, r2, r1 is r2)
r3 = add(3, [])
print(r3, r3 is r1)
r4 = add(4)
print(r4, r4 is r1)

def add_safe(i, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(i)
    return bucket

s1 = add_safe(1)
s2 = add_safe(2)
print(s1, s2, s1 is s2)
