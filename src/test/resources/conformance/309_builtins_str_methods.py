# String methods.
s = "  Hello, World  "
print(repr(s.strip()), repr(s.lower()), repr(s.upper()))
words = "a,b,,c".split(",")
print(words, "a b  c".split(), "x".split(","))
print("-".join(["1", "2", "3"]), "".join([]), ", ".join("abc"))
print("spam".replace("a", "o"), "aaa".replace("a", "b", 2))
print("hello".startswith("he"), "hello".endswith("lo"), "hello".startswith("lo"))
print("hello".find("l"), "hello".find("z"), "hello".find("lo"))
print("ab" * 3, "-" * 10, "a" + "b")
print(str(42), str(3.0), str(None), str(True), str([1, "a"]))
print("Hello"[0], "Hello"[-1], len("Hello"), "x" in "xyz")
print("abc" < "abd", "Z" < "a", "" < "a")
t = "Mississippi"
print(t.lower(), t.find("ss"), t.replace("ss", "SS"))
print(f"{t} has {len(t)} letters")
