package heapquest.engine.runtime;

import heapquest.engine.heap.*;
import heapquest.engine.trace.RefReason;

import java.util.ArrayList;

/** Methods of dict. args[0] is the dict. */
final class DictMethods {
    private final Interpreter in;
    private final Builtins b;
    private final Heap heap;
    private final ObjectSpace sp;

    DictMethods(Interpreter in, Builtins b) {
        this.in = in;
        this.b = b;
        this.heap = in.heap;
        this.sp = in.space;
    }

    void register() {
        b.method("dict", "get", (a, kw) -> {
            PyObject v = ((PyDict) a[0]).get(a[1]);
            if (v == null) {
                v = a.length > 2 ? a[2] : sp.none;
            }
            heap.incref(v, RefReason.TEMPORARY, null);
            return v;
        });
        b.method("dict", "keys", (a, kw) -> view(sp.dictKeysType, a[0]));
        b.method("dict", "values", (a, kw) -> view(sp.dictValuesType, a[0]));
        b.method("dict", "items", (a, kw) -> view(sp.dictItemsType, a[0]));
        b.method("dict", "pop", (a, kw) -> {
            PyDict d = (PyDict) a[0];
            PyObject v = d.get(a[1]);
            if (v == null) {
                if (a.length > 2) {
                    heap.incref(a[2], RefReason.TEMPORARY, null);
                    return a[2];
                }
                heap.incref(a[1], RefReason.CONTAINER, "args");
                throw in.newError(sp.exceptions.keyError, a[1]);
            }
            heap.incref(v, RefReason.TEMPORARY, null);
            in.ops.dictDel(d, a[1], RefReason.CONTAINER, null);
            return v;
        });
        b.method("dict", "setdefault", (a, kw) -> {
            PyDict d = (PyDict) a[0];
            PyObject v = d.get(a[1]);
            if (v == null) {
                v = a.length > 2 ? a[2] : sp.none;
                in.ops.dictSet(d, a[1], v, RefReason.CONTAINER, null);
            }
            heap.incref(v, RefReason.TEMPORARY, null);
            return v;
        });
        b.method("dict", "update", (a, kw) -> {
            if (a.length > 1) {
                b.dictUpdate((PyDict) a[0], a[1]);
            }
            for (int i = 0; i < kw.names().size(); i++) {
                PyStr k = sp.newStr(kw.names().get(i));
                in.ops.dictSet((PyDict) a[0], k, kw.values().get(i), RefReason.CONTAINER, null);
                heap.decref(k, RefReason.TEMPORARY, null);
            }
            return sp.none;
        });
        b.method("dict", "clear", (a, kw) -> {
            PyDict d = (PyDict) a[0];
            for (PyDict.Entry e : new ArrayList<>(d.entries.values())) {
                in.ops.dictDel(d, e.key, RefReason.CONTAINER, null);
            }
            return sp.none;
        });
        b.method("dict", "copy", (a, kw) -> {
            PyDict d = sp.newDict();
            for (PyDict.Entry e : ((PyDict) a[0]).entries.values()) {
                in.ops.dictSet(d, e.key, e.value, RefReason.CONTAINER, null);
            }
            return d;
        });
    }

    /** dict.keys()/values()/items(): a view object that refers to the dict. */
    private PyObject view(PyType type, PyObject dict) {
        PyIterator.Kind kind = type == sp.dictKeysType ? PyIterator.Kind.DICT_KEYS
                : type == sp.dictValuesType ? PyIterator.Kind.DICT_VALUES : PyIterator.Kind.DICT_ITEMS;
        heap.incref(dict, RefReason.CONTAINER, "mapping");
        PyIterator v = heap.allocate(new PyIterator(heap.nextSerial(), type, kind, new PyObject[] {dict}), true);
        v.counter = -1;
        heap.noteSlot(v, "source", dict);
        return v;
    }
}
