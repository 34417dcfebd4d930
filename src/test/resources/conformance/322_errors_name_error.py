# An uncaught NameError: stdout up to the failing line, then a traceback.
counter = 1
print("before", counter)
counter += 1
print("still fine", counter)
print(undefined_variable_qqq)
print("never printed")
