def f(n):
    try:
        if n == 0:
            raise ValueError("zero")
        return 10 // n
    except ValueError as e:
        return "caught " + str(e)
    finally:
        print("finally", n)
print(f(0), f(5))
try:
    try:
        raise KeyError("inner")
    except KeyError:
        raise RuntimeError("outer")
except RuntimeError as e:
    print(type(e).__name__, e)
class MyError(Exception):
    pass
try:
    raise MyError("custom")
except Exception as e:
    print(type(e).__name__, e, isinstance(e, MyError))
try:
    assert 1 == 2, "math broke"
except AssertionError as e:
    print("assert", e)
try:
    raise
except RuntimeError as e:
    print(e)
