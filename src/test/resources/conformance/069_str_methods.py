s = "  Hello, World  "
print(s.strip(), s.lower(), s.upper(), s.strip().split(", "))
print("-".join(["a", "b", "c"]), "abc".replace("b", "B"), "abc".find("c"), "abc".find("z"))
print("abc".startswith("ab"), "abc".endswith("bc"), "a b  c".split(), "banana".count("a"))
print("x" * 3, "abc"[1], "abc"[-1], "abcdef"[1:4], "abcdef"[::2], "abc"[::-1])
