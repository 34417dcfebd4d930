package heapquest.engine.runtime;

import heapquest.engine.heap.*;
import heapquest.engine.trace.RefReason;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The sys, gc and weakref modules: the program's windows onto the heap. */
final class Modules {
    private final Interpreter in;
    private final Builtins b;
    private final ObjectSpace sp;
    private final Heap heap;

    Modules(Interpreter in, Builtins b) {
        this.in = in;
        this.b = b;
        this.sp = in.space;
        this.heap = in.heap;
    }

    void register() {
        Map<String, PyObject> sys = new LinkedHashMap<>();
        // The argument itself holds one reference while getrefcount runs, hence "one more".
        sys.put("getrefcount", b.staticFunction("getrefcount", (a, kw) -> sp.newInt(refcountOf(a[0]))));
        sys.put("getsizeof", b.staticFunction("getsizeof", (a, kw) -> sp.newInt(a[0].sizeof())));
        sys.put("intern", b.staticFunction("intern", (a, kw) -> {
            if (!(a[0] instanceof PyStr s)) {
                throw in.typeError("intern() argument must be str, not " + a[0].typeName());
            }
            PyStr canonical = sp.intern(s);
            heap.incref(canonical, RefReason.TEMPORARY, null);
            return canonical;
        }));
        b.newModule("sys", sys);

        Map<String, PyObject> gc = new LinkedHashMap<>();
        Collector c = heap.gc();
        gc.put("collect", b.staticFunction("collect", (a, kw) -> {
            int gen = a.length > 0 ? (int) ((PyInt) a[0]).small : 2;
            if (gen < 0 || gen > 2) {
                throw in.error(sp.exceptions.valueError, "invalid generation");
            }
            return sp.newInt(c.collect(gen));
        }));
        gc.put("enable", b.staticFunction("enable", (a, kw) -> {
            c.setEnabled(true);
            return sp.none;
        }));
        gc.put("disable", b.staticFunction("disable", (a, kw) -> {
            c.setEnabled(false);
            return sp.none;
        }));
        gc.put("isenabled", b.staticFunction("isenabled", (a, kw) -> sp.bool(c.isEnabled())));
        gc.put("get_count", b.staticFunction("get_count", (a, kw) -> ints(c.counts())));
        gc.put("get_threshold", b.staticFunction("get_threshold", (a, kw) -> ints(c.thresholds())));
        gc.put("set_threshold", b.staticFunction("set_threshold", (a, kw) -> {
            c.setThresholds((int) ((PyInt) a[0]).small, a.length > 1 ? (int) ((PyInt) a[1]).small : null,
                    a.length > 2 ? (int) ((PyInt) a[2]).small : null);
            return sp.none;
        }));
        gc.put("is_tracked", b.staticFunction("is_tracked", (a, kw) -> sp.bool(a[0].isTracked())));
        gc.put("get_referents", b.staticFunction("get_referents", (a, kw) -> {
            List<PyObject> out = new ArrayList<>();
            for (PyObject o : a) {
                if (!o.gcCapable()) {
                    continue;    // CPython only traverses objects of GC types: get_referents(5) == []
                }
                o.traverse((label, target) -> {
                    heap.incref(target, RefReason.CONTAINER, null);
                    out.add(target);
                });
            }
            return sp.newList(out);
        }));
        gc.put("get_referrers", b.staticFunction("get_referrers", (a, kw) -> {
            List<PyObject> out = new ArrayList<>();
            for (PyObject o : c.trackedObjects()) {
                boolean[] refers = {false};
                o.traverse((label, target) -> {
                    for (PyObject x : a) {
                        if (target == x) {
                            refers[0] = true;
                        }
                    }
                });
                if (refers[0]) {
                    heap.incref(o, RefReason.CONTAINER, null);
                    out.add(o);
                }
            }
            return sp.newList(out);
        }));
        gc.put("garbage", b.gcGarbage);
        b.newModule("gc", gc);

        Map<String, PyObject> weakref = new LinkedHashMap<>();
        weakref.put("ref", sp.weakrefType);
        b.constructors.put(sp.weakrefType, (a, kw) -> newWeakref(a[0], a.length > 1 && a[1] != sp.none ? a[1] : null));
        weakref.put("getweakrefcount", b.staticFunction("getweakrefcount", (a, kw) -> sp.newInt(a[0].weakrefsView().size())));
        weakref.put("finalize", sp.finalizeType);
        b.constructors.put(sp.finalizeType, (a, kw) -> newFinalizer(a));
        b.method("finalize", "detach", (a, kw) -> {
            Finalizer f = (Finalizer) a[0];
            if (!f.alive()) {
                return sp.none;
            }
            PyObject target = f.target();
            unregister(f);
            return target == null ? sp.none : sp.newTuple(incref(target), incref(f.func), incref(f.args));
        });
        b.method("finalize", "__call__", (x, kw) -> fireAndReturn((Finalizer) x[0]));
        weakref.put("WeakValueDictionary", sp.weakValueDictType);
        weakref.put("WeakKeyDictionary", sp.weakKeyDictType);
        weakref.put("WeakSet", sp.weakSetType);
        b.constructors.put(sp.weakValueDictType, (a, kw) -> weakContainer(sp.weakValueDictType, WeakContainer.Kind.VALUES));
        b.constructors.put(sp.weakKeyDictType, (a, kw) -> weakContainer(sp.weakKeyDictType, WeakContainer.Kind.KEYS));
        b.constructors.put(sp.weakSetType, (a, kw) -> {
            WeakContainer w = weakContainer(sp.weakSetType, WeakContainer.Kind.SET);
            if (a.length > 0) {
                List<PyObject> items = in.ops.toList(a[0]);
                for (PyObject o : items) {
                    b.weakSetAdd(w, o);
                }
                in.releaseAll(items);
            }
            return w;
        });
        b.method("WeakSet", "add", (a, kw) -> {
            b.weakSetAdd((WeakContainer) a[0], a[1]);
            return sp.none;
        });
        b.method("WeakSet", "discard", (a, kw) -> {
            b.weakDelete((WeakContainer) a[0], a[1]);
            return sp.none;
        });
        b.method("WeakDict", "get", (a, kw) -> {
            WeakContainer w = (WeakContainer) a[0];
            if (!b.weakContains(w, a[1])) {
                PyObject d = a.length > 2 ? a[2] : sp.none;
                return incref(d);
            }
            return in.ops.getItem(w, a[1]);
        });
        b.method("WeakDict", "keys", (a, kw) -> sp.newList(b.weakKeys((WeakContainer) a[0])));
        b.newModule("weakref", weakref);
    }

    private PyObject incref(PyObject o) {
        heap.incref(o, RefReason.TEMPORARY, null);
        return o;
    }

    private long refcountOf(PyObject o) {
        return Heap.isStatic(o) ? o.refcount() : o.refcount();
    }

    private PyTuple ints(int[] values) {
        PyObject[] items = new PyObject[values.length];
        for (int i = 0; i < values.length; i++) {
            items[i] = sp.newInt(values[i]);
        }
        return sp.newTuple(items);
    }

    PyWeakref newWeakref(PyObject target, PyObject callback) {
        if (!target.weakReferenceable()) {
            throw in.typeError("cannot create weak reference to '" + target.typeName() + "' object");
        }
        if (callback == null) {
            PyWeakref existing = heap.basicWeakref(target);
            if (existing != null) {
                heap.incref(existing, RefReason.TEMPORARY, null);
                return existing;
            }
        }
        PyWeakref w = heap.allocate(new PyWeakref(heap.nextSerial(), sp.weakrefType, target, callback), true);
        if (callback != null) {
            heap.incref(callback, RefReason.CONTAINER, "__callback__");
            heap.noteSlot(w, "__callback__", callback);
        }
        heap.attachWeakref(w, target);
        return w;
    }

    private PyObject newFinalizer(PyObject[] a) {
        if (a.length < 2) {
            throw in.typeError("finalize expected at least 2 arguments, got " + a.length);
        }
        Finalizer f = heap.allocate(new Finalizer(heap.nextSerial(), sp.finalizeType), true);
        f.setTarget(a[0]);
        f.func = incref(a[1]);
        heap.noteSlot(f, "func", f.func);
        PyObject[] rest = new PyObject[a.length - 2];
        for (int i = 2; i < a.length; i++) {
            rest[i - 2] = incref(a[i]);
        }
        f.args = sp.newTuple(rest);
        heap.noteSlot(f, "args", f.args);
        if (!a[0].weakReferenceable()) {
            throw in.typeError("cannot create weak reference to '" + a[0].typeName() + "' object");
        }
        // Its own weak reference, with a callback that runs the finalizer (never the shared basic ref).
        PyWeakref w = heap.allocate(new PyWeakref(heap.nextSerial(), sp.weakrefType, a[0], null), true);
        w.nativeCallback = () -> fire(f);
        heap.attachWeakref(w, a[0]);
        f.ref = w;
        heap.noteSlot(f, "weakref", w);
        heap.incref(f, RefReason.INTERNAL, "finalize registry");
        b.finalizeRegistry().add(f);
        return f;
    }

    private PyObject fireAndReturn(Finalizer f) {
        if (!f.alive()) {
            return sp.none;
        }
        PyObject func = f.func;
        PyTuple args = f.args;
        heap.incref(func, RefReason.TEMPORARY, null);
        heap.incref(args, RefReason.TEMPORARY, null);
        unregister(f);
        PyObject[] callArgs = new PyObject[args.items.length];
        for (int i = 0; i < callArgs.length; i++) {
            callArgs[i] = incref(args.items[i]);
        }
        heap.decref(args, RefReason.TEMPORARY, null);
        try {
            return in.call(func, callArgs, List.of(), List.of());
        } finally {
            heap.decref(func, RefReason.TEMPORARY, null);
        }
    }

    private void fire(Finalizer f) {
        if (!f.alive()) {
            return;
        }
        heap.incref(f, RefReason.TEMPORARY, null);
        in.runIgnoringErrors(() -> fireAndReturn(f), "Exception ignored in: " + in.ops.repr(f));
        heap.decref(f, RefReason.TEMPORARY, null);
    }

    /** A finalizer that ran (or was detached) lets go of its function and arguments. */
    private void unregister(Finalizer f) {
        PyObject func = f.func, args = f.args, ref = f.ref;
        f.func = null;
        f.args = null;
        f.ref = null;
        heap.releaseSlot(f, "func", func);
        heap.releaseSlot(f, "args", args);
        if (ref instanceof PyWeakref w) {
            w.nativeCallback = null;
            heap.releaseSlot(f, "weakref", w);
        }
        if (b.finalizeRegistry().remove(f)) {
            heap.decref(f, RefReason.INTERNAL, "finalize registry");
        }
    }

    private WeakContainer weakContainer(PyType type, WeakContainer.Kind kind) {
        return heap.allocate(new WeakContainer(heap.nextSerial(), type, kind), true);
    }
}
