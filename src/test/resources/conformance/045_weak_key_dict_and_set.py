import weakref
class K:
    pass
wk = weakref.WeakKeyDictionary()
k = K()
wk[k] = "data"
print(len(wk), wk[k])
del k
print(len(wk))
ws = weakref.WeakSet()
a = K()
b = K()
ws.add(a)
ws.add(b)
print(len(ws), a in ws)
a = None
print(len(ws))
