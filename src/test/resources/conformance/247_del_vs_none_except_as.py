# 'except E as e' deletes e when the block ends, even if e existed before.
e = "an existing value"
print("before:", e)
try:
    raise ValueError("boom")
except ValueError as e:
    print("caught:", e)
try:
    print(e)
except NameError as err:
    print("NameError:", err)

def handler():
    try:
        raise KeyError("missing")
    except KeyError as exc:
        kept = exc
    try:
        exc
    except NameError:
        print("exc is unbound inside the function too")
    return kept

k = handler()
print(type(k), k.args)
