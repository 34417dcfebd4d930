package heapquest.engine.runtime;

import heapquest.engine.heap.*;
import heapquest.engine.trace.RefReason;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in functions, the methods of the built-in types, and the sys, gc and weakref modules.
 * Built-ins borrow their arguments and return a new reference.
 */
final class Builtins {
    /** A built-in's body. args are borrowed; the result is a new reference. */
    @FunctionalInterface
    interface Native {
        PyObject call(PyObject[] args, Kw kw);
    }

    /** Keyword arguments of a built-in call (borrowed). */
    record Kw(List<String> names, List<PyObject> values) {
        PyObject get(String name) {
            int i = names.indexOf(name);
            return i < 0 ? null : values.get(i);
        }

        boolean isEmpty() {
            return names.isEmpty();
        }
    }

    private final Interpreter in;
    private final ObjectSpace sp;
    private final Heap heap;
    private final Map<String, PyObject> functions = new HashMap<>();
    private final Map<String, PyModule> modules = new HashMap<>();
    /** Method descriptors per type name and method name: static, shared, self passed as args[0]. */
    private final Map<String, PyBuiltin> methods = new HashMap<>();
    final PyList gcGarbage;
    private final List<PyObject> finalizeRegistry = new ArrayList<>();

    Builtins(Interpreter in) {
        this.in = in;
        this.sp = in.space;
        this.heap = in.heap;
        new BuiltinFunctions(in, this).register();
        new ListMethods(in, this).register();
        new DictMethods(in, this).register();
        new StrMethods(in, this).register();
        new SetMethods(in, this).register();
        gcGarbage = sp.placeStatic(new PyList(heap.nextSerial(), sp.listType, List.of()));
        new Modules(in, this).register();
    }

    void function(String name, Native impl) {
        functions.put(name, sp.placeStatic(new PyBuiltin(heap.nextSerial(), sp.builtinType, name, impl, null)));
    }

    void type(String name, PyType t) {
        functions.put(name, t);
    }

    void method(String type, String name, Native impl) {
        methods.put(type + "." + name, sp.placeStatic(new PyBuiltin(heap.nextSerial(), sp.builtinType, name, impl, null)));
    }

    PyModule newModule(String name, Map<String, PyObject> attrs) {
        PyDict d = sp.placeStatic(new PyDict(heap.nextSerial(), sp.dictType));
        for (Map.Entry<String, PyObject> e : attrs.entrySet()) {
            PyStr key = sp.internedStr(e.getKey());
            d.entries.put(HashKey.ofString(e.getKey()), newEntry(key, e.getValue()));
        }
        PyModule m = sp.placeStatic(new PyModule(heap.nextSerial(), sp.moduleType, name, d));
        modules.put(name, m);
        return m;
    }

    private static PyDict.Entry newEntry(PyObject key, PyObject value) {
        return new PyDict.Entry(key, value);
    }

    PyObject staticFunction(String name, Native impl) {
        return sp.placeStatic(new PyBuiltin(heap.nextSerial(), sp.builtinType, name, impl, null));
    }

    PyObject lookup(String name) {
        return functions.get(name);
    }

    PyModule module(String name) {
        return modules.get(name);
    }

    PyObject callBuiltin(PyBuiltin b, PyObject[] args, List<String> kwNames, List<PyObject> kwValues) {
        Native impl = (Native) b.impl;
        if (b.self != null && !(b.self instanceof PyModule)) {
            PyObject[] all = new PyObject[args.length + 1];
            all[0] = b.self;
            System.arraycopy(args, 0, all, 1, args.length);
            args = all;
        }
        return impl.call(args, new Kw(kwNames, kwValues));
    }

    PyObject callType(PyType t, PyObject[] args, List<String> kwNames, List<PyObject> kwValues) {
        Native ctor = t.builtin ? constructors.get(t) : null;
        if (ctor != null) {
            return ctor.call(args, new Kw(kwNames, kwValues));
        }
        if (t.builtin && !t.isSubtypeOf(sp.exceptions.baseException)) {
            throw in.typeError("cannot create '" + t.name + "' instances");
        }
        PyInstance obj;
        if (t.isSubtypeOf(sp.exceptions.baseException)) {
            for (PyObject a : args) {
                heap.incref(a, RefReason.CONTAINER, "args");
            }
            obj = newException(t, args.clone());
            if (t.builtin) {
                return obj;
            }
        } else {
            obj = heap.allocate(new PyInstance(heap.nextSerial(), t), true);
            heap.incref(t, RefReason.TYPE, "__class__");
            heap.noteSlot(obj, "__class__", t);
        }
        PyObject init = in.ops.lookupInType(t, "__init__");
        if (init != null) {
            PyObject[] all = new PyObject[args.length + 1];
            all[0] = obj;
            heap.incref(obj, RefReason.ARGUMENT, "self");
            for (int i = 0; i < args.length; i++) {
                all[i + 1] = args[i];
                heap.incref(args[i], RefReason.ARGUMENT, null);
            }
            List<PyObject> kwCopy = new ArrayList<>(kwValues);
            kwCopy.forEach(v -> heap.incref(v, RefReason.ARGUMENT, null));
            PyObject r;
            try {
                r = in.call(init, all, kwNames, kwCopy);
            } catch (RuntimeException e) {
                heap.decref(obj, RefReason.TEMPORARY, null);
                throw e;
            }
            boolean isNone = r == sp.none;
            heap.decref(r, RefReason.TEMPORARY, null);
            if (!isNone) {
                heap.decref(obj, RefReason.TEMPORARY, null);
                throw in.typeError("__init__() should return None, not '" + r.typeName() + "'");
            }
        } else if (args.length > 0 && !t.isSubtypeOf(sp.exceptions.baseException)) {
            heap.decref(obj, RefReason.TEMPORARY, null);
            throw in.typeError(t.name + "() takes no arguments");
        }
        return obj;
    }

    final Map<PyType, Native> constructors = new HashMap<>();

    /** A new exception instance; args are owned references that move into its args tuple. */
    PyBaseException newException(PyType type, PyObject[] args) {
        PyBaseException e = heap.allocate(new PyBaseException(heap.nextSerial(), type), true);
        if (!type.builtin) {
            heap.incref(type, RefReason.TYPE, "__class__");
        }
        e.args = sp.newTuple(args);
        heap.noteSlot(e, "args", e.args);
        return e;
    }

    PyObject newSlice(PyObject lo, PyObject hi, PyObject step) {
        return sp.newTuple(new PyObject[] {lo, hi, step, sp.ellipsis});
    }

    static boolean isSlice(PyObject key) {
        return key instanceof PyTuple t && t.items.length == 4 && t.items[3] instanceof PySingleton s
                && "Ellipsis".equals(s.summary());
    }

    // ------------------------------------------------------------ attributes

    PyBuiltin unboundMethod(PyObject obj, String name) {
        PyBuiltin m = methods.get(methodTypeKey(obj) + "." + name);
        return m;
    }

    private static String methodTypeKey(PyObject obj) {
        if (obj instanceof PyList) {
            return "list";
        }
        if (obj instanceof PyDict) {
            return "dict";
        }
        if (obj instanceof PyStr) {
            return "str";
        }
        if (obj instanceof PySet) {
            return "set";
        }
        if (obj instanceof WeakContainer w) {
            return w.kind == WeakContainer.Kind.SET ? "WeakSet" : "WeakDict";
        }
        if (obj instanceof PyTuple) {
            return "tuple";
        }
        return obj.typeName();
    }

    /** obj.name as a new reference, or null when there is no such attribute. */
    PyObject getAttr(PyObject obj, String name) {
        if (obj instanceof PyModule m) {
            PyObject v = m.dict.getStr(name);
            if (v != null) {
                heap.incref(v, RefReason.TEMPORARY, null);
            }
            return v;
        }
        if (obj instanceof PyInstance inst && !(obj instanceof PyBaseException)) {
            PyObject v = inst.attrs.get(name);
            if (v != null) {
                heap.incref(v, RefReason.TEMPORARY, null);
                return v;
            }
            PyObject c = in.ops.lookupInType(obj.type(), name);
            if (c != null) {
                return bindIfFunction(c, obj);
            }
            return special(obj, name);
        }
        if (obj instanceof PyType t) {
            PyObject c = in.ops.lookupInType(t, name);
            if (c != null) {
                heap.incref(c, RefReason.TEMPORARY, null);
                return c;
            }
            return special(obj, name);
        }
        PyBuiltin m = methods.get(methodTypeKey(obj) + "." + name);
        if (m != null) {
            PyBuiltin bound = heap.allocate(new PyBuiltin(heap.nextSerial(), sp.builtinType, name, m.impl, obj), true);
            heap.incref(obj, RefReason.BOUND_METHOD, "__self__");
            heap.noteSlot(bound, "__self__", obj);
            return bound;
        }
        return special(obj, name);
    }

    private PyObject bindIfFunction(PyObject c, PyObject self) {
        if (c instanceof PyFunction) {
            PyBoundMethod bm = heap.allocate(new PyBoundMethod(heap.nextSerial(), sp.methodType, c, self), true);
            heap.incref(c, RefReason.BOUND_METHOD, "__func__");
            heap.incref(self, RefReason.BOUND_METHOD, "__self__");
            heap.noteSlot(bm, "__func__", c);
            heap.noteSlot(bm, "__self__", self);
            return bm;
        }
        heap.incref(c, RefReason.TEMPORARY, null);
        return c;
    }

    /** Attributes every object of a kind has: __class__, __name__, args, __self__, .alive ... */
    private PyObject special(PyObject obj, String name) {
        PyObject v = null;
        switch (name) {
            case "__class__":
                v = obj.type();
                break;
            case "__name__":
                if (obj instanceof PyType t) {
                    return sp.newStr(t.name);
                }
                if (obj instanceof PyFunction f) {
                    return sp.newStr(f.name);
                }
                if (obj instanceof PyBuiltin b) {
                    return sp.newStr(b.name);
                }
                break;
            case "__qualname__":
                if (obj instanceof PyFunction f) {
                    return sp.newStr(f.qualname);
                }
                break;
            case "__mro__":
                if (obj instanceof PyType t) {
                    v = t.mro;
                }
                break;
            case "__bases__":
                if (obj instanceof PyType t) {
                    v = t.bases;
                }
                break;
            case "__defaults__":
                if (obj instanceof PyFunction f) {
                    v = f.defaults == null ? sp.none : f.defaults;
                }
                break;
            case "__closure__":
                if (obj instanceof PyFunction f) {
                    v = f.closure == null ? sp.none : f.closure;
                }
                break;
            case "cell_contents":
                if (obj instanceof PyCell c && c.contents != null) {
                    v = c.contents;
                }
                break;
            case "__self__":
                if (obj instanceof PyBoundMethod m) {
                    v = m.self;
                } else if (obj instanceof PyBuiltin b && b.self != null) {
                    v = b.self;
                }
                break;
            case "__func__":
                if (obj instanceof PyBoundMethod m) {
                    v = m.function;
                }
                break;
            case "args":
                if (obj instanceof PyBaseException e) {
                    v = e.args;
                }
                break;
            case "__traceback__":
                if (obj instanceof PyBaseException e) {
                    v = e.traceback == null ? sp.none : e.traceback;
                }
                break;
            case "__callback__":
                if (obj instanceof PyWeakref w) {
                    v = w.callback == null ? sp.none : w.callback;
                }
                break;
            case "alive":
                if (obj instanceof Finalizer f) {
                    return sp.bool(f.alive());
                }
                break;
            case "real":
                if (obj instanceof PyInt) {
                    v = obj;
                }
                break;
            case "start":
            case "stop":
            case "step":
                if (obj instanceof PyRange r) {
                    return sp.newInt(name.equals("start") ? r.start : name.equals("stop") ? r.stop : r.step);
                }
                break;
            default:
                if (obj instanceof PyFunction f && f.dict != null) {
                    v = f.dict.getStr(name);
                } else if (obj instanceof PyBaseException e) {
                    v = e.attrs.get(name);
                    if (v == null) {
                        PyObject c = in.ops.lookupInType(obj.type(), name);
                        if (c != null) {
                            return bindIfFunction(c, obj);
                        }
                    }
                } else if (obj instanceof Finalizer f) {
                    PyBuiltin m = methods.get("finalize." + name);
                    if (m != null) {
                        PyBuiltin bound = heap.allocate(new PyBuiltin(heap.nextSerial(), sp.builtinType, name, m.impl, obj), true);
                        heap.incref(obj, RefReason.BOUND_METHOD, "__self__");
                        heap.noteSlot(bound, "__self__", obj);
                        return bound;
                    }
                }
        }
        if (v != null) {
            heap.incref(v, RefReason.TEMPORARY, null);
        }
        return v;
    }

    String reprSpecial(PyObject v) {
        if (v instanceof WeakContainer w) {
            return "<" + w.type().name + " at 0x" + Long.toHexString(v.address()) + ">";
        }
        if (v instanceof Finalizer f) {
            return f.alive()
                    ? "<finalize object at 0x" + Long.toHexString(v.address()) + "; for '" + f.target().typeName()
                            + "' at 0x" + Long.toHexString(f.target().address()) + ">"
                    : "<finalize object at 0x" + Long.toHexString(v.address()) + "; dead>";
        }
        if (v instanceof PyIterator || v instanceof PyCode || v instanceof PyFrame || v instanceof PyTraceback) {
            return "<" + v.typeName() + " object at 0x" + Long.toHexString(v.address()) + ">";
        }
        if (v instanceof PyDescriptor d) {
            return "<attribute '" + d.name + "' of '" + (d.owner == null ? "?" : d.owner.name) + "' objects>";
        }
        return null;
    }

    // ------------------------------------------------------------ containers

    void dictInsert(PyDict d, HashKey hk, PyObject key, PyObject value, String label) {
        d.noteInsert(key);
        heap.incref(key, RefReason.CONTAINER, "key " + label);
        d.entries.put(hk, new PyDict.Entry(key, value));
        heap.sink().referenceSet(d.serial, "key " + label, key.serial, false);
        heap.sink().referenceSet(d.serial, label, value.serial, false);
    }

    void setAdd(PySet s, PyObject item) {
        HashKey k = HashKey.of(item);
        if (s.members.containsKey(k)) {
            return;
        }
        s.noteInsert();
        heap.incref(item, RefReason.CONTAINER, "set member");
        s.members.put(k, item);
        heap.sink().referenceSet(s.serial, "{" + item.serial + "}", item.serial, false);
    }

    /** lst.append(v): v is borrowed; the list takes its own reference. */
    void listAppend(PyList list, PyObject v) {
        checkSize(list.size() + 1);
        list.resizeFor(list.size() + 1);
        heap.incref(v, RefReason.CONTAINER, "[" + list.size() + "]");
        list.items.add(v);
        heap.sink().itemInserted(list.serial, list.size() - 1, v.serial);
    }

    /** Items are owned references that move into the list. */
    void listExtend(PyList list, List<PyObject> items) {
        checkSize(list.size() + items.size());
        if (list.size() == 0 && list.sizeof() == 56) {
            list.setAllocated((items.size() + 1) & ~1);
        } else {
            list.resizeFor(list.size() + items.size());
        }
        for (PyObject o : items) {
            heap.incref(o, RefReason.CONTAINER, "[" + list.size() + "]");
            list.items.add(o);
            heap.sink().itemInserted(list.serial, list.size() - 1, o.serial);
            heap.decref(o, RefReason.TEMPORARY, null);
        }
    }

    void listClearOrRepeat(PyList list, List<PyObject> copy, long times) {
        if (times == 0) {
            clearList(list);
            return;
        }
        List<PyObject> add = new ArrayList<>();
        for (long i = 1; i < times; i++) {
            for (PyObject o : copy) {
                heap.incref(o, RefReason.TEMPORARY, null);
                add.add(o);
            }
        }
        listExtend(list, add);
    }

    void clearList(PyList list) {
        for (int i = list.size() - 1; i >= 0; i--) {
            PyObject o = list.items.remove(i);
            heap.releaseItem(list, i, o);
        }
        list.resizeFor(0);
    }

    void checkSize(long n) {
        if (n > in.limits.maxCollectionSize()) {
            throw in.error(sp.exceptions.memoryError, "list longer than heapquest's limit of " + in.limits.maxCollectionSize());
        }
    }

    // ------------------------------------------------------------ items

    PyObject getItem(PyObject obj, PyObject key) {
        return new ItemAccess(in, this).get(obj, key);
    }

    void setItem(PyObject obj, PyObject key, PyObject v) {
        new ItemAccess(in, this).set(obj, key, v);
    }

    void delItem(PyObject obj, PyObject key) {
        new ItemAccess(in, this).delete(obj, key);
    }

    // ------------------------------------------------------------ iteration

    PyObject iter(PyObject v) {
        return new Iteration(in, this).iter(v);
    }

    PyObject next(PyObject it) {
        return new Iteration(in, this).next(it);
    }

    // ------------------------------------------------------------ weak containers

    boolean isWeakContainer(PyObject o) {
        return o instanceof WeakContainer;
    }

    boolean weakContains(PyObject c, PyObject item) {
        WeakContainer w = (WeakContainer) c;
        return w.entries.containsKey(WeakContainer.keyFor(w.kind, item));
    }

    int weakLength(PyObject c) {
        return ((WeakContainer) c).entries.size();
    }

    List<PyObject> finalizeRegistry() {
        return finalizeRegistry;
    }

    /** One-character Latin-1 strings are cached singletons in CPython. */
    private final PyStr[] latin1 = new PyStr[256];

    PyStr charStr(int cp) {
        if (cp < 0 || cp > 0x10ffff) {
            throw in.error(sp.exceptions.valueError, "chr() arg not in range(0x110000)");
        }
        if (cp < 256) {
            PyStr s = latin1[cp];
            if (s == null) {
                s = sp.placeStatic(new PyStr(heap.nextSerial(), sp.strType, new String(Character.toChars(cp))));
                latin1[cp] = s;
            }
            return s;
        }
        return sp.newStr(new String(Character.toChars(cp)));
    }

    /** list.sort / sorted: stable, with key= and reverse=. */
    void sortList(PyList l, Kw kw) {
        PyObject key = kw.get("key");
        boolean reverse = kw.get("reverse") != null && in.ops.truthy(kw.get("reverse"));
        List<PyObject> items = new ArrayList<>(l.items);
        List<PyObject> keys = new ArrayList<>();
        BuiltinFunctions f = new BuiltinFunctions(in, this);
        for (PyObject o : items) {
            keys.add(f.keyOf(key, o));
        }
        Integer[] order = new Integer[items.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        try {
            java.util.Arrays.sort(order, (x, y) -> {
                int c = in.ops.order(heapquest.engine.syntax.Expr.CmpOp.LT, keys.get(x), keys.get(y)) ? -1
                        : in.ops.order(heapquest.engine.syntax.Expr.CmpOp.LT, keys.get(y), keys.get(x)) ? 1 : 0;
                return reverse ? -c : c;
            });
        } finally {
            in.releaseAll(keys);
        }
        for (int i = 0; i < order.length; i++) {
            l.items.set(i, items.get(order[i]));
            heap.sink().itemReplaced(l.serial, i, l.items.get(i).serial);
        }
    }

    void dictUpdate(PyDict d, PyObject other) {
        if (other instanceof PyDict o) {
            for (PyDict.Entry e : new ArrayList<>(o.entries.values())) {
                in.ops.dictSet(d, e.key, e.value, RefReason.CONTAINER, null);
            }
            return;
        }
        List<PyObject> pairs = in.ops.toList(other);
        try {
            for (PyObject p : pairs) {
                List<PyObject> kv = in.ops.toList(p);
                if (kv.size() != 2) {
                    in.releaseAll(kv);
                    throw in.error(sp.exceptions.valueError, "dictionary update sequence element has length " + kv.size() + "; 2 is required");
                }
                in.ops.dictSet(d, kv.get(0), kv.get(1), RefReason.CONTAINER, null);
                in.releaseAll(kv);
            }
        } finally {
            in.releaseAll(pairs);
        }
    }

    /** A weak entry: its internal weakref removes the entry the moment the referent dies. */
    private PyWeakref weakEntryRef(WeakContainer w, PyObject referent, Object key) {
        if (!referent.weakReferenceable()) {
            throw in.typeError("cannot create weak reference to '" + referent.typeName() + "' object");
        }
        PyWeakref ref = heap.allocate(new PyWeakref(heap.nextSerial(), sp.weakrefType, referent, null), true);
        ref.nativeCallback = () -> {
            WeakContainer.Entry e = w.entries.get(key);
            if (e != null && e.weak == ref) {
                removeEntry(w, key);
            }
        };
        heap.attachWeakref(ref, referent);
        heap.noteSlot(w, "weak entry", ref);
        return ref;
    }

    void weakSet(WeakContainer w, PyObject key, PyObject value) {
        Object k = WeakContainer.keyFor(w.kind, key);
        if (w.entries.containsKey(k)) {
            removeEntry(w, k);
        }
        WeakContainer.Entry e = new WeakContainer.Entry();
        PyObject strong = w.kind == WeakContainer.Kind.VALUES ? key : value;
        PyObject weakTarget = w.kind == WeakContainer.Kind.VALUES ? value : key;
        e.weak = weakEntryRef(w, weakTarget, k);
        e.strong = strong;
        heap.incref(strong, RefReason.CONTAINER, w.kind == WeakContainer.Kind.VALUES ? "key" : "value");
        heap.noteSlot(w, w.kind == WeakContainer.Kind.VALUES ? "key" : "value", strong);
        w.entries.put(k, e);
    }

    void weakSetAdd(WeakContainer w, PyObject item) {
        Object k = WeakContainer.keyFor(w.kind, item);
        if (w.entries.containsKey(k)) {
            return;
        }
        WeakContainer.Entry e = new WeakContainer.Entry();
        e.weak = weakEntryRef(w, item, k);
        w.entries.put(k, e);
    }

    boolean weakDelete(WeakContainer w, PyObject key) {
        Object k = WeakContainer.keyFor(w.kind, key);
        if (!w.entries.containsKey(k)) {
            return false;
        }
        removeEntry(w, k);
        return true;
    }

    private void removeEntry(WeakContainer w, Object k) {
        WeakContainer.Entry e = w.entries.remove(k);
        e.weak.nativeCallback = null;
        heap.releaseSlot(w, "weak entry", e.weak);
        if (e.strong != null) {
            heap.releaseSlot(w, w.kind == WeakContainer.Kind.VALUES ? "key" : "value", e.strong);
        }
    }

    List<PyObject> weakKeys(WeakContainer w) {
        List<PyObject> out = new ArrayList<>();
        for (WeakContainer.Entry e : w.entries.values()) {
            PyObject k = w.kind == WeakContainer.Kind.VALUES ? e.strong : e.weak.target;
            if (k != null) {
                heap.incref(k, RefReason.CONTAINER, null);
                out.add(k);
            }
        }
        return out;
    }
}
