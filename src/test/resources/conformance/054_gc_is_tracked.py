import gc
class C:
    pass
print(gc.is_tracked(1), gc.is_tracked("a"), gc.is_tracked(1.5))
print(gc.is_tracked([]), gc.is_tracked(C()))
print(gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}))
d = {}
d["x"] = []
print(gc.is_tracked(d))
