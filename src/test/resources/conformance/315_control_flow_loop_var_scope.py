# A for loop variable stays bound after the loop; a loop over nothing
# never binds it.
for i in range(3):
    pass
print(i)
for j in []:
    pass
try:
    print(j)
except NameError as e:
    print("NameError:", e)
k = "before"
for k in []:
    pass
print(k)
total = 0
while total < 100:
    total += 33
print(total)
