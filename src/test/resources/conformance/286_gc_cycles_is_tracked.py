# Which objects the cyclic GC tracks. Tuples (run-time ones and, in a script
# compiled from source, constant ones too) start tracked; a collection untracks
# those holding only atomic values.
import gc

class C:
    pass

print(gc.is_tracked(0), gc.is_tracked(2 ** 100), gc.is_tracked(1.5))
print(gc.is_tracked("a"), gc.is_tracked("a" * 20), gc.is_tracked(None), gc.is_tracked(True))
print(gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}))
d = {"a": 1}
print(gc.is_tracked(d))
d["b"] = [2]
print(gc.is_tracked(d))
print(gc.is_tracked([]), gc.is_tracked([1, 2]))
print(gc.is_tracked(C()), gc.is_tracked(C))
print(gc.is_tracked(set()), gc.is_tracked(lambda: 0))
const = (1, 2)
print(gc.is_tracked(const))
runtime = tuple([1, 2])
print(gc.is_tracked(runtime))
gc.collect()
print(gc.is_tracked(runtime), gc.is_tracked(const))
mixed = tuple([1, []])
gc.collect()
print(gc.is_tracked(mixed))
