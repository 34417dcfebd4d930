# One-character Latin-1 strings are cached singletons, but in 3.11 the
# interned literal "a" is a different object.
lit = "a"
c1 = chr(97)
c2 = chr(97)
print(c1 is c2)
print(c1 == lit, c1 is lit)
word = "abc"
i = 0
first = word[i]
print(first is c1, first is lit)
other = "cab"
j = 1
print(other[j] is first)
e1 = chr(233)
e2 = chr(233)
print(e1 is e2)
big1 = chr(1000)
big2 = chr(1000)
print(big1 == big2, big1 is big2)
