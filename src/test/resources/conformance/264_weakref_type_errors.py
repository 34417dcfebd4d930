# Many built-in types cannot be weakly referenced.
# (A __slots__ class without __weakref__ cannot either; __slots__ is outside the subset.)
import weakref

def try_ref(value):
    try:
        weakref.ref(value)
        print("ok")
    except TypeError as e:
        print("TypeError:", e)

try_ref(42)
try_ref(2 ** 80)
try_ref(1.5)
try_ref(True)
try_ref(None)
try_ref("text")
try_ref((1, 2))
try_ref([1, 2])
try_ref({"a": 1})
try_ref(range(3))

class Plain:
    pass

try_ref(Plain())
try_ref({1, 2})
try_ref(try_ref)
try_ref(Plain)
