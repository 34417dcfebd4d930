# repr of strings picks quotes and escapes.
print(repr("plain"))
print(repr("it's"))
print(repr('say "hi"'))
print(repr("both ' and \""))
print(repr("tab\there"), repr("new\nline"), repr("back\\slash"))
print(repr(""), repr(" "), repr("\x00"), repr("\r"))
print(repr("é"), repr("日本"), repr("\x7f"))
print(["a", "b'c"], ("x",), {"k": "v"})
print("str:", "plain", "it's")
name = "world"
n = 3
print(f"hello {name}, n={n}, list={[1, 'a']}, none={None}")
print(f"{n * 2}{name}{n}")
print(str(["x"]), str("x"))
