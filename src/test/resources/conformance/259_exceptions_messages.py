# Messages and args of built-in exceptions raised by the interpreter.
def show(e):
    print(type(e), "|", str(e), "|", e.args)

try:
    1 / 0
except ZeroDivisionError as e:
    show(e)
try:
    [1, 2][5]
except IndexError as e:
    show(e)
try:
    {"a": 1}["b"]
except KeyError as e:
    show(e)
try:
    int("abc")
except ValueError as e:
    show(e)
try:
    undefined_thing_xyz
except NameError as e:
    show(e)
try:
    "a" + 1
except TypeError as e:
    show(e)
try:
    None.attr
except AttributeError as e:
    show(e)
try:
    [].pop()
except IndexError as e:
    show(e)
