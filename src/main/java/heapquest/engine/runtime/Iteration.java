package heapquest.engine.runtime;

import heapquest.engine.heap.*;
import heapquest.engine.trace.RefReason;

import java.util.ArrayList;
import java.util.List;

/**
 * iter() and next(). An iterator holds a reference to what it iterates over and releases it the
 * moment it is exhausted, as CPython's list_iterator does.
 */
final class Iteration {
    private final Interpreter in;
    private final ObjectSpace sp;
    private final Heap heap;

    Iteration(Interpreter in, Builtins b) {
        this.in = in;
        this.sp = in.space;
        this.heap = in.heap;
    }

    PyObject iter(PyObject v) {
        if (v instanceof PyIterator view && view.counter == -1) {
            PyType t = view.kind == PyIterator.Kind.DICT_KEYS ? sp.dictKeyIterType
                    : view.kind == PyIterator.Kind.DICT_VALUES ? sp.dictValueIterType : sp.dictItemIterType;
            return make(t, view.kind, view.sources[0]);
        }
        if (v instanceof PyIterator it) {
            heap.incref(it, RefReason.TEMPORARY, null);
            return it;
        }
        if (v instanceof PyList) {
            return make(sp.listIterType, PyIterator.Kind.LIST, v);
        }
        if (v instanceof PyTuple) {
            return make(sp.tupleIterType, PyIterator.Kind.TUPLE, v);
        }
        if (v instanceof PyStr) {
            return make(sp.strIterType, PyIterator.Kind.STR, v);
        }
        if (v instanceof PyRange r) {
            PyIterator it = heap.allocate(new PyIterator(heap.nextSerial(), sp.rangeIterType, PyIterator.Kind.RANGE, null), false);
            it.snapshot = List.of(r);
            return it;
        }
        if (v instanceof PyDict) {
            return make(sp.dictKeyIterType, PyIterator.Kind.DICT_KEYS, v);
        }
        if (v instanceof PySet s) {
            PyIterator it = make(sp.setIterType, PyIterator.Kind.SET, v);
            it.snapshot = s.ordered();
            return it;
        }
        if (v instanceof WeakContainer w) {
            List<PyObject> items = new ArrayList<>();
            for (WeakContainer.Entry e : w.entries.values()) {
                items.add(w.kind == WeakContainer.Kind.VALUES ? e.strong : e.weak.target);
            }
            PyIterator it = make(sp.setIterType, PyIterator.Kind.SNAPSHOT, v);
            it.snapshot = items;
            return it;
        }
        if (v instanceof PyInstance && !(v instanceof PyBaseException)) {
            PyObject m = in.ops.lookupInType(v.type(), "__iter__");
            if (m != null) {
                heap.incref(v, RefReason.ARGUMENT, "self");
                return in.call(m, v);
            }
        }
        throw in.typeError("'" + v.typeName() + "' object is not iterable");
    }

    private PyIterator make(PyType type, PyIterator.Kind kind, PyObject source) {
        heap.incref(source, RefReason.ITERATOR, "iterator");
        PyIterator it = heap.allocate(new PyIterator(heap.nextSerial(), type, kind, new PyObject[] {source}), true);
        heap.noteSlot(it, "source", source);
        return it;
    }

    /** The next item (a new reference), or null when exhausted. */
    PyObject next(PyObject o) {
        if (!(o instanceof PyIterator it)) {
            if (o instanceof PyInstance && !(o instanceof PyBaseException)) {
                PyObject m = in.ops.lookupInType(o.type(), "__next__");
                if (m != null) {
                    heap.incref(o, RefReason.ARGUMENT, "self");
                    try {
                        return in.call(m, o);
                    } catch (PyError e) {
                        if (e.exc.type().isSubtypeOf(sp.exceptions.stopIteration)) {
                            heap.decref(e.exc, RefReason.EXCEPTION, null);
                            return null;
                        }
                        throw e;
                    }
                }
            }
            throw in.typeError("'" + o.typeName() + "' object is not an iterator");
        }
        PyObject item = produce(it);
        if (item == null) {
            exhaust(it);
        }
        return item;
    }

    private PyObject produce(PyIterator it) {
        switch (it.kind) {
            case RANGE: {
                PyRange r = (PyRange) it.snapshot.get(0);
                if (it.index >= r.length()) {
                    return null;
                }
                return sp.newInt(r.at(it.index++));
            }
            case LIST:
            case TUPLE: {
                if (it.sources == null) {
                    return null;
                }
                List<PyObject> items = Ops.toListBorrowed(it.sources[0]);
                if (it.index >= items.size()) {
                    return null;
                }
                PyObject v = items.get((int) it.index++);
                heap.incref(v, RefReason.TEMPORARY, null);
                return v;
            }
            case STR: {
                if (it.sources == null) {
                    return null;
                }
                String s = ((PyStr) it.sources[0]).value;
                if (it.index >= s.length()) {
                    return null;
                }
                int cp = s.codePointAt((int) it.index);
                it.index += Character.charCount(cp);
                return in.builtins.charStr(cp);
            }
            case DICT_KEYS:
            case DICT_VALUES:
            case DICT_ITEMS: {
                if (it.sources == null) {
                    return null;
                }
                PyDict d = (PyDict) it.sources[0];
                if (it.counter == 0) {
                    it.counter = d.size() + 1;
                } else if (d.size() + 1 != it.counter) {
                    it.counter = d.size() + 1;
                    throw in.error(sp.exceptions.runtimeError, "dictionary changed size during iteration");
                }
                if (it.index >= d.size()) {
                    return null;
                }
                PyDict.Entry e = new ArrayList<>(d.entries.values()).get((int) it.index++);
                if (it.kind == PyIterator.Kind.DICT_ITEMS) {
                    heap.incref(e.key, RefReason.CONTAINER, null);
                    heap.incref(e.value, RefReason.CONTAINER, null);
                    return sp.newTuple(e.key, e.value);
                }
                PyObject v = it.kind == PyIterator.Kind.DICT_KEYS ? e.key : e.value;
                heap.incref(v, RefReason.TEMPORARY, null);
                return v;
            }
            case SET:
            case SNAPSHOT: {
                while (it.index < it.snapshot.size()) {
                    PyObject v = it.snapshot.get((int) it.index++);
                    if (v != null && !v.isFreed()) {
                        heap.incref(v, RefReason.TEMPORARY, null);
                        return v;
                    }
                }
                return null;
            }
            case ENUMERATE: {
                PyObject v = next(it.sources[0]);
                if (v == null) {
                    return null;
                }
                return sp.newTuple(sp.newInt(it.counter++), v);
            }
            case ZIP: {
                // zip() of nothing is empty at once (its tuples would all be ()).
                if (it.sources == null || it.sources.length == 0) {
                    return null;
                }
                PyObject[] items = new PyObject[it.sources.length];
                for (int i = 0; i < items.length; i++) {
                    items[i] = next(it.sources[i]);
                    if (items[i] == null) {
                        for (int j = 0; j < i; j++) {
                            heap.decref(items[j], RefReason.TEMPORARY, null);
                        }
                        return null;
                    }
                }
                return sp.newTuple(items);
            }
            case REVERSED: {
                if (it.sources == null) {
                    return null;
                }
                List<PyObject> items = Ops.toListBorrowed(it.sources[0]);
                long i = items.size() - 1 - it.index;
                if (i < 0) {
                    return null;
                }
                it.index++;
                PyObject v = items.get((int) i);
                heap.incref(v, RefReason.TEMPORARY, null);
                return v;
            }
            default:
                return null;
        }
    }

    private void exhaust(PyIterator it) {
        if (it.sources != null && (it.kind == PyIterator.Kind.LIST || it.kind == PyIterator.Kind.TUPLE
                || it.kind == PyIterator.Kind.STR || it.kind.name().startsWith("DICT") || it.kind == PyIterator.Kind.REVERSED
                || it.kind == PyIterator.Kind.SET || it.kind == PyIterator.Kind.SNAPSHOT)) {
            PyObject[] s = it.sources;
            it.sources = null;
            for (PyObject o : s) {
                heap.releaseSlot(it, "source", o);
            }
        }
    }
}
