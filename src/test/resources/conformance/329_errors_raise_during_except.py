# An exception raised while handling another: both tracebacks are printed.
def lookup(d, key):
    try:
        return d[key]
    except KeyError:
        raise RuntimeError("lookup failed for " + key)

config = {"mode": "fast"}
print(lookup(config, "mode"))
print(lookup(config, "speed"))
