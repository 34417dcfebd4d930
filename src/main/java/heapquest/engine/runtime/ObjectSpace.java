package heapquest.engine.runtime;

import heapquest.engine.heap.Heap;
import heapquest.engine.trace.RefReason;
import heapquest.engine.heap.PyBool;
import heapquest.engine.heap.PyDict;
import heapquest.engine.heap.PyFloat;
import heapquest.engine.heap.PyInt;
import heapquest.engine.heap.PyList;
import heapquest.engine.heap.PyObject;
import heapquest.engine.heap.PySet;
import heapquest.engine.heap.PySingleton;
import heapquest.engine.heap.PyStr;
import heapquest.engine.heap.PyTuple;
import heapquest.engine.heap.PyType;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in objects of one run and the factories for new ones. Small ints -5..256, None, True,
 * False, () and '' live in a static region at fixed addresses (small ints 32 bytes apart, as in
 * CPython, so id(20) - id(10) == 320); everything else is allocated on the heap.
 */
public final class ObjectSpace {
    static final long SMALL_INT_BASE = 0x7f3a1e4a6868L;
    private static final long STATIC_BASE = 0x7f3a1e390000L;

    final Heap heap;
    private long nextStatic = STATIC_BASE;

    final PyType typeType;
    final PyType objectType;
    final PyType intType, boolType, floatType, strType, tupleType, listType, dictType, setType;
    final PyType noneType, ellipsisType, rangeType, functionType, builtinType, methodType;
    final PyType cellType, codeType, weakrefType, moduleType, frameType, tracebackType, getsetType;
    final PyType listIterType, tupleIterType, rangeIterType, strIterType, dictKeyIterType, dictValueIterType,
            dictItemIterType, setIterType, enumerateType, zipType, reversedType, dictKeysType, dictValuesType,
            dictItemsType, finalizeType, weakValueDictType, weakKeyDictType, weakSetType;

    final PySingleton none;
    final PySingleton ellipsis;
    final PyBool trueObj;
    final PyBool falseObj;
    final PyTuple emptyTuple;
    final PyStr emptyStr;
    private final PyInt[] smallInts = new PyInt[262];
    /** sys.intern's table: does not count as a reference (interned strings are mortal in 3.11). */
    final Map<String, PyStr> interned = new HashMap<>();
    final Map<String, PyType> builtinTypes = new LinkedHashMap<>();
    final Exceptions exceptions;

    ObjectSpace(Heap heap) {
        this.heap = heap;
        typeType = new PyType(heap.nextSerial(), null, "type", null, true);
        typeType.setOwnTypeTo(typeType);
        placeStatic(typeType);
        objectType = builtin("object", null);
        typeType.setBase(objectType);
        intType = builtin("int", objectType);
        boolType = builtin("bool", intType);
        floatType = builtin("float", objectType);
        strType = builtin("str", objectType);
        tupleType = builtin("tuple", objectType);
        listType = builtin("list", objectType);
        dictType = builtin("dict", objectType);
        setType = builtin("set", objectType);
        noneType = builtin("NoneType", objectType);
        ellipsisType = builtin("ellipsis", objectType);
        rangeType = builtin("range", objectType);
        functionType = builtin("function", objectType);
        builtinType = builtin("builtin_function_or_method", objectType);
        methodType = builtin("method", objectType);
        cellType = builtin("cell", objectType);
        codeType = builtin("code", objectType);
        weakrefType = builtin("weakref", objectType);
        weakrefType.module = "weakref";
        moduleType = builtin("module", objectType);
        frameType = builtin("frame", objectType);
        tracebackType = builtin("traceback", objectType);
        getsetType = builtin("getset_descriptor", objectType);
        listIterType = builtin("list_iterator", objectType);
        tupleIterType = builtin("tuple_iterator", objectType);
        rangeIterType = builtin("range_iterator", objectType);
        strIterType = builtin("str_ascii_iterator", objectType);
        dictKeyIterType = builtin("dict_keyiterator", objectType);
        dictValueIterType = builtin("dict_valueiterator", objectType);
        dictItemIterType = builtin("dict_itemiterator", objectType);
        setIterType = builtin("set_iterator", objectType);
        enumerateType = builtin("enumerate", objectType);
        zipType = builtin("zip", objectType);
        reversedType = builtin("list_reverseiterator", objectType);
        dictKeysType = builtin("dict_keys", objectType);
        dictValuesType = builtin("dict_values", objectType);
        dictItemsType = builtin("dict_items", objectType);
        finalizeType = builtin("finalize", objectType);
        weakValueDictType = builtin("WeakValueDictionary", objectType);
        weakKeyDictType = builtin("WeakKeyDictionary", objectType);
        weakSetType = builtin("WeakSet", objectType);
        for (PyType t : List.of(finalizeType, weakValueDictType, weakKeyDictType, weakSetType)) {
            t.module = "weakref";
        }
        none = heap.registerStatic(new PySingleton(heap.nextSerial(), noneType, "None"), 0x7f3a1e3b3be0L);
        ellipsis = heap.registerStatic(new PySingleton(heap.nextSerial(), ellipsisType, "Ellipsis"), 0x7f3a1e3b3c00L);
        trueObj = heap.registerStatic(new PyBool(heap.nextSerial(), boolType, true), 0x7f3a1e39ef00L);
        falseObj = heap.registerStatic(new PyBool(heap.nextSerial(), boolType, false), 0x7f3a1e39ef20L);
        emptyTuple = heap.registerStatic(new PyTuple(heap.nextSerial(), tupleType, new PyObject[0]), 0x7f3a1e4a0a48L);
        emptyStr = heap.registerStatic(new PyStr(heap.nextSerial(), strType, ""), 0x7f3a1e4a31e8L);
        emptyStr.interned = true;
        interned.put("", emptyStr);
        exceptions = new Exceptions(this);
    }

    private PyType builtin(String name, PyType base) {
        PyType t = new PyType(heap.nextSerial(), typeType, name, base, true);
        placeStatic(t);
        builtinTypes.put(name, t);
        return t;
    }

    /** Built-in types and functions get consecutive addresses in the static region. */
    <T extends PyObject> T placeStatic(T o) {
        long addr = nextStatic;
        nextStatic += 0x1a0;
        return heap.registerStatic(o, addr);
    }

    // ---- factories: each returns a new reference owned by the caller ----

    PyInt newInt(long v) {
        if (v >= -5 && v <= 256) {
            return smallInt((int) v);
        }
        return heap.allocate(new PyInt(heap.nextSerial(), intType, v), false);
    }

    PyInt newInt(BigInteger v) {
        if (v.bitLength() < 32) {
            return newInt(v.longValue());
        }
        return heap.allocate(new PyInt(heap.nextSerial(), intType, v), false);
    }

    /** The cached object for -5..256, placed in the static region the first time it is used. */
    PyInt smallInt(int v) {
        PyInt o = smallInts[v + 5];
        if (o == null) {
            o = heap.registerStatic(new PyInt(heap.nextSerial(), intType, v), SMALL_INT_BASE + 32L * (v + 5));
            smallInts[v + 5] = o;
        }
        return o;
    }

    PyBool bool(boolean b) {
        return b ? trueObj : falseObj;
    }

    PyFloat newFloat(double d) {
        return heap.allocate(new PyFloat(heap.nextSerial(), floatType, d), false);
    }

    PyStr newStr(String s) {
        if (s.isEmpty()) {
            return emptyStr;
        }
        return heap.allocate(new PyStr(heap.nextSerial(), strType, s), false);
    }

    /**
     * A new reference to {@code o} itself: CPython's "result unchanged" shortcuts hand back the
     * operand of an exact str/tuple/float operation that would only copy it (`t[:] is t`).
     */
    PyObject same(PyObject o) {
        heap.incref(o, RefReason.TEMPORARY, null);
        return o;
    }

    /** A str computed from {@code from}: the same object when it is an exact str and nothing changed. */
    PyObject strResult(PyStr from, String value) {
        return from.type() == strType && value.equals(from.value) ? same(from) : newStr(value);
    }

    /** Items are owned references that move into the tuple. */
    PyTuple newTuple(PyObject... items) {
        if (items.length == 0) {
            return emptyTuple;
        }
        PyTuple t = heap.allocate(new PyTuple(heap.nextSerial(), tupleType, items), true);
        for (int i = 0; i < items.length; i++) {
            heap.sink().itemInserted(t.serial, i, items[i].serial);
        }
        return t;
    }

    /** Items are owned references that move into the list. */
    PyList newList(List<PyObject> items) {
        PyList l = heap.allocate(new PyList(heap.nextSerial(), listType, items), true);
        for (int i = 0; i < items.size(); i++) {
            heap.sink().itemInserted(l.serial, i, items.get(i).serial);
        }
        return l;
    }

    PyDict newDict() {
        return heap.allocate(new PyDict(heap.nextSerial(), dictType), false);
    }

    PySet newSet() {
        return heap.allocate(new PySet(heap.nextSerial(), setType), true);
    }

    PyObject none() {
        return none;
    }

    /** A new reference to the interned str for an identifier (names, attribute keys). */
    PyStr internedStr(String s) {
        PyStr canonical = interned.get(s);
        if (canonical != null && !canonical.isFreed()) {
            heap.incref(canonical, heapquest.engine.trace.RefReason.TEMPORARY, null);
            return canonical;
        }
        PyStr fresh = newStr(s);
        return intern(fresh);
    }

    /** sys.intern: the canonical str with this value (the table does not own a reference). */
    PyStr intern(PyStr s) {
        PyStr canonical = interned.get(s.value);
        if (canonical != null && !canonical.isFreed()) {
            return canonical;
        }
        s.interned = true;
        interned.put(s.value, s);
        return s;
    }
}
