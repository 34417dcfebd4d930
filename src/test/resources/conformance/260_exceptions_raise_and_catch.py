# raise, catch by base class, re-raise, assert, StopIteration.
def risky(kind):
    if kind == "value":
        raise ValueError("bad value")
    if kind == "key":
        raise KeyError("k")
    if kind == "runtime":
        raise RuntimeError("oops", 42)
    return "fine"

for kind in ["value", "key", "runtime", "none"]:
    try:
        print(risky(kind))
    except (ValueError, KeyError) as e:
        print("specific:", repr(e))
    except Exception as e:
        print("general:", repr(e), e.args)
try:
    try:
        risky("value")
    except ValueError:
        print("re-raising")
        raise
except ValueError as e:
    print("outer got", e)
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)
it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")
print(next(it, "default"))
