def add(item, bucket=[]):
    bucket.append(item)
    return bucket
r1 = add(1)
r2 = add(2)
print(r1 is r2, r1)
def safe(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(safe(1), safe(2))
