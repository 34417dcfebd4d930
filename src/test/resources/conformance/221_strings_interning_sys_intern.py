# sys.intern returns the canonical string object.
import sys
literal = "interned_name"
built = "".join(["interned", "_", "name"])
print(built == literal, built is literal)
canon = sys.intern(built)
print(canon is literal)
other = sys.intern("".join(["interned", "_name"]))
print(other is canon)
phrase = "not an identifier!"
p2 = "".join(["not an ", "identifier!"])
print(p2 is phrase, sys.intern(p2) is sys.intern(phrase))
print(sys.intern(phrase) is phrase)
