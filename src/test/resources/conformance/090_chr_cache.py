s = "abc"
print(s[0] is s[0], chr(97) == "a", s[0] is "abc"[0])
print(chr(1000) is chr(1000))
