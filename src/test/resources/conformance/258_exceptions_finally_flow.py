# try / except / finally control flow.
def check(x):
    try:
        print("try", x)
        if x == 0:
            raise ZeroDivisionError("zero")
        if x < 0:
            raise ValueError("negative")
        return 10 // x
    except ZeroDivisionError as e:
        print("except", e)
        return -1
    finally:
        print("finally", x)

print(check(5))
print(check(0))
try:
    check(-1)
except ValueError as e:
    print("outer caught", e)

def override():
    try:
        return "from try"
    finally:
        print("cleanup runs before the return completes")

print(override())
