package heapquest.engine.runtime;

import heapquest.engine.heap.PyDescriptor;
import heapquest.engine.heap.PyDict;
import heapquest.engine.heap.PyObject;
import heapquest.engine.heap.PyStr;
import heapquest.engine.heap.PyType;
import heapquest.engine.heap.PyWeakref;
import heapquest.engine.syntax.Expr;
import heapquest.engine.syntax.SourceError;
import heapquest.engine.syntax.Stmt.ClassDef;
import heapquest.engine.trace.RefReason;

import java.util.ArrayList;
import java.util.List;

/**
 * Executes a class statement as CPython does: the body runs in a frame of its own with a fresh
 * namespace dict; type() then copies that namespace into the class's own dict, adds the __dict__ and
 * __weakref__ descriptors and the __mro__ tuple, all of which refer back to the class (the cycles
 * that keep a class alive until the collector runs).
 */
final class ClassBuilder {
    private final Interpreter in;

    ClassBuilder(Interpreter in) {
        this.in = in;
    }

    private boolean isException(PyType t) {
        for (PyType k = t; k != null; k = k.base) {
            if (k == in.space.exceptions.baseException) {
                return true;
            }
        }
        return false;
    }

    PyType build(ClassDef c, Code code) {
        List<PyObject> bases = new ArrayList<>();
        for (Expr b : c.bases()) {
            PyObject v = in.eval(b);
            if (!(v instanceof PyType)) {
                in.releaseAll(bases);
                in.heap.decref(v, RefReason.TEMPORARY, null);
                throw in.typeError("bases must be types");
            }
            bases.add(v);
            if (v instanceof PyType t && t.builtin && t != in.space.objectType && !isException(t)) {
                // list, dict, int... keep their contents outside __dict__ in CPython; the engine does
                // not model such instances, so they would misbehave rather than teach anything
                throw SourceError.unsupported(b.pos(), "subclassing the built-in type '" + t.name + "'");
            }
        }
        if (bases.size() > 1) {
            throw SourceError.unsupported(c.pos(), "multiple inheritance");
        }
        PyDict namespace = in.space.newDict();
        Frame outer = in.frame;
        Frame body = in.pushFrame(code, null, namespace);
        try {
            in.execBlock(c.body());
        } catch (PyError e) {
            in.addTraceback(e, body);
            in.leaveFrame(body, outer);
            in.heap.decref(namespace, RefReason.TEMPORARY, null);
            in.releaseAll(bases);
            throw e;
        }
        in.leaveFrame(body, outer);
        PyType base = bases.isEmpty() ? in.space.objectType : (PyType) bases.get(0);
        // type(name, bases, ns) gets its arguments as a tuple: a CPython temporary, visible only in
        // gc.get_count() (no other 3-tuple is made while it lives, so taking and dropping it now
        // leaves the free lists as CPython's).
        in.heap.hiddenTemporaryTuple(3);
        PyType t = in.heap.allocate(new PyType(in.heap.nextSerial(), in.space.typeType, c.name(), base, false), true);
        t.module = "__main__";
        t.instancesWeakReferenceable = true;
        if (bases.isEmpty()) {
            in.heap.incref(base, RefReason.CONTAINER, "__bases__");
            bases.add(base);
        }
        t.bases = in.space.newTuple(bases.toArray(new PyObject[0]));
        t.bases.keepTracked = true;
        in.heap.noteSlot(t, "__bases__", t.bases);
        t.dict = in.space.newDict();
        // type_new copies that dict again to call __set_name__ (after the class dict was made).
        in.heap.hiddenTemporaryDict();
        in.heap.noteSlot(t, "__dict__", t.dict);
        PyStr moduleKey = in.space.internedStr("__module__");
        PyStr mainName = in.space.internedStr("__main__");
        in.ops.dictSet(t.dict, moduleKey, mainName, RefReason.CONTAINER, null);
        in.heap.decref(moduleKey, RefReason.TEMPORARY, null);
        in.heap.decref(mainName, RefReason.TEMPORARY, null);
        for (PyDict.Entry e : namespace.entries.values()) {
            in.ops.dictSet(t.dict, e.key, e.value, RefReason.CONTAINER, null);
        }
        if (base.builtin) {
            descriptor(t, "__dict__");
            descriptor(t, "__weakref__");
        }
        List<PyObject> mro = new ArrayList<>();
        for (PyType k = t; k != null; k = k.base) {
            in.heap.incref(k, RefReason.CONTAINER, "__mro__");
            mro.add(k);
        }
        t.mro = in.space.newTuple(mro.toArray(new PyObject[0]));
        in.heap.noteSlot(t, "__mro__", t.mro);
        in.heap.decref(namespace, RefReason.TEMPORARY, null);
        registerSubclass(t);
        return t;
    }

    /**
     * The base class keeps a weak reference to each subclass (type.__subclasses__), which is why
     * weakref.getweakrefcount(C) is 1 for a fresh class. The entry goes when the class dies.
     */
    private void registerSubclass(PyType t) {
        PyWeakref w = in.heap.allocate(new PyWeakref(in.heap.nextSerial(), in.space.weakrefType, t, null), true);
        w.nativeCallback = () -> in.heap.decref(w, RefReason.INTERNAL, "__subclasses__ of " + t.base.name);
        w.withoutCallbackInCPython = true;
        in.heap.attachWeakref(w, t);
    }

    private void descriptor(PyType t, String name) {
        PyDescriptor d = in.heap.allocate(new PyDescriptor(in.heap.nextSerial(), in.space.getsetType, name, t), true);
        in.heap.incref(t, RefReason.CONTAINER, "__objclass__");
        in.heap.noteSlot(d, "__objclass__", t);
        PyStr key = in.space.internedStr(name);
        in.ops.dictSet(t.dict, key, d, RefReason.CONTAINER, null);
        in.heap.decref(key, RefReason.TEMPORARY, null);
        in.heap.decref(d, RefReason.TEMPORARY, null);
    }
}
