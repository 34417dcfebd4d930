package heapquest.engine.runtime;

import heapquest.engine.heap.*;
import heapquest.engine.trace.RefReason;

import java.util.ArrayList;
import java.util.List;

/** Subscripts: x[i], x[i:j:k], d[k], their assignment and deletion. */
final class ItemAccess {
    private final Interpreter in;
    private final Builtins b;
    private final ObjectSpace sp;
    private final Heap heap;

    ItemAccess(Interpreter in, Builtins b) {
        this.in = in;
        this.b = b;
        this.sp = in.space;
        this.heap = in.heap;
    }

    PyObject get(PyObject obj, PyObject key) {
        if (obj instanceof PyDict d) {
            PyObject v = d.get(key);
            if (v == null) {
                heap.incref(key, RefReason.CONTAINER, "args");
                throw in.newError(sp.exceptions.keyError, key);
            }
            heap.incref(v, RefReason.TEMPORARY, null);
            return v;
        }
        if (obj instanceof WeakContainer w && w.kind != WeakContainer.Kind.SET) {
            WeakContainer.Entry e = w.entries.get(WeakContainer.keyFor(w.kind, key));
            if (e == null || e.weak.target == null) {
                heap.incref(key, RefReason.CONTAINER, "args");
                throw in.newError(sp.exceptions.keyError, key);
            }
            PyObject v = w.kind == WeakContainer.Kind.VALUES ? e.weak.target : e.strong;
            heap.incref(v, RefReason.TEMPORARY, null);
            return v;
        }
        if (obj instanceof PyList || obj instanceof PyTuple || obj instanceof PyStr || obj instanceof PyRange) {
            if (Builtins.isSlice(key)) {
                return slice(obj, (PyTuple) key);
            }
            long len = length(obj);
            long i = index(obj, key, len);
            if (obj instanceof PyStr s) {
                return b.charStr(s.value.codePointAt(s.value.offsetByCodePoints(0, (int) i)));
            }
            if (obj instanceof PyRange r) {
                return sp.newInt(r.at(i));
            }
            PyObject v = Ops.toListBorrowed(obj).get((int) i);
            heap.incref(v, RefReason.TEMPORARY, null);
            return v;
        }
        if (obj instanceof PyInstance && !(obj instanceof PyBaseException)) {
            PyObject m = in.ops.lookupInType(obj.type(), "__getitem__");
            if (m != null) {
                heap.incref(obj, RefReason.ARGUMENT, "self");
                heap.incref(key, RefReason.ARGUMENT, null);
                return in.call(m, obj, key);
            }
        }
        throw in.typeError("'" + obj.typeName() + "' object is not subscriptable");
    }

    private long length(PyObject obj) {
        if (obj instanceof PyStr s) {
            return s.value.codePointCount(0, s.value.length());
        }
        if (obj instanceof PyRange r) {
            return r.length();
        }
        return Ops.toListBorrowed(obj).size();
    }

    private long index(PyObject obj, PyObject key, long len) {
        if (!(key instanceof PyInt k)) {
            throw in.typeError(obj.typeName() + " indices must be integers or slices, not " + key.typeName());
        }
        long i = k.fitsLong() ? k.small : Long.MAX_VALUE;
        if (i < 0) {
            i += len;
        }
        if (i < 0 || i >= len) {
            String what = obj instanceof PyStr ? "string" : obj.typeName();
            throw in.error(sp.exceptions.indexError, what + " index out of range");
        }
        return i;
    }

    /** Python's slice.indices: clamps start/stop, handles negative steps. */
    long[] sliceIndices(PyTuple slice, long len) {
        long step = slice.items[2] == sp.none ? 1 : ((PyInt) slice.items[2]).small;
        if (step == 0) {
            throw in.error(sp.exceptions.valueError, "slice step cannot be zero");
        }
        long lower = step < 0 ? -1 : 0;
        long upper = step < 0 ? len - 1 : len;
        long start = bound(slice.items[0], step < 0 ? upper : lower, len, lower, upper);
        long stop = bound(slice.items[1], step < 0 ? lower : upper, len, lower, upper);
        return new long[] {start, stop, step};
    }

    private long bound(PyObject v, long dflt, long len, long lower, long upper) {
        if (v == sp.none) {
            return dflt;
        }
        if (!(v instanceof PyInt i)) {
            throw in.typeError("slice indices must be integers or None or have an __index__ method");
        }
        long x = i.fitsLong() ? i.small : (i.big.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2);
        if (x < 0) {
            x += len;
            return Math.max(x, lower);
        }
        return Math.min(x, upper);
    }

    private List<Long> positions(long[] idx) {
        List<Long> out = new ArrayList<>();
        for (long i = idx[0]; idx[2] > 0 ? i < idx[1] : i > idx[1]; i += idx[2]) {
            out.add(i);
        }
        return out;
    }

    private PyObject slice(PyObject obj, PyTuple slice) {
        long len = length(obj);
        long[] idx = sliceIndices(slice, len);
        // An exact str or tuple sliced whole is returned itself (`t[:] is t`), as CPython does.
        boolean whole = idx[0] == 0 && idx[2] == 1 && idx[1] >= len;
        if (whole && (obj.type() == sp.strType || obj.type() == sp.tupleType)) {
            return sp.same(obj);
        }
        List<Long> pos = positions(idx);
        if (obj instanceof PyStr s) {
            int[] cps = s.value.codePoints().toArray();
            StringBuilder sb = new StringBuilder();
            for (long p : pos) {
                sb.appendCodePoint(cps[(int) p]);
            }
            return sp.newStr(sb.toString());
        }
        if (obj instanceof PyRange r) {
            return heap.allocate(new PyRange(heap.nextSerial(), sp.rangeType, r.at(idx[0]), r.at(idx[1]) , r.step * idx[2]), false);
        }
        List<PyObject> src = Ops.toListBorrowed(obj);
        List<PyObject> out = new ArrayList<>();
        for (long p : pos) {
            PyObject v = src.get((int) p);
            heap.incref(v, RefReason.CONTAINER, null);
            out.add(v);
        }
        if (obj instanceof PyTuple) {
            return sp.newTuple(out.toArray(new PyObject[0]));
        }
        return sp.newList(out);
    }

    /** obj[key] = v; v is borrowed (the container takes its own reference). */
    void set(PyObject obj, PyObject key, PyObject v) {
        if (obj instanceof PyDict d) {
            in.ops.dictSet(d, key, v, RefReason.CONTAINER, null);
            return;
        }
        if (obj instanceof PyList l) {
            if (Builtins.isSlice(key)) {
                setSlice(l, (PyTuple) key, v);
                return;
            }
            long i = index(l, key, l.size());
            PyObject old = l.items.set((int) i, v);
            heap.incref(v, RefReason.CONTAINER, "[" + i + "]");
            heap.sink().itemReplaced(l.serial, (int) i, v.serial);
            heap.decref(old, RefReason.CONTAINER, "[" + i + "]");
            return;
        }
        if (obj instanceof WeakContainer w && w.kind != WeakContainer.Kind.SET) {
            b.weakSet(w, key, v);
            return;
        }
        if (obj instanceof PyInstance && !(obj instanceof PyBaseException)) {
            PyObject m = in.ops.lookupInType(obj.type(), "__setitem__");
            if (m != null) {
                heap.incref(obj, RefReason.ARGUMENT, "self");
                heap.incref(key, RefReason.ARGUMENT, null);
                heap.incref(v, RefReason.ARGUMENT, null);
                heap.decref(in.call(m, obj, key, v), RefReason.TEMPORARY, null);
                return;
            }
        }
        throw in.typeError("'" + obj.typeName() + "' object does not support item assignment");
    }

    private void setSlice(PyList l, PyTuple slice, PyObject v) {
        long[] idx = sliceIndices(slice, l.size());
        List<PyObject> items = in.ops.toList(v);
        if (idx[2] != 1) {
            in.releaseAll(items);
            throw in.error(sp.exceptions.notImplementedError, "extended slice assignment is not supported by heapquest");
        }
        long start = idx[0];
        long stop = Math.max(idx[0], idx[1]);
        for (long i = stop - 1; i >= start; i--) {
            PyObject old = l.items.remove((int) i);
            heap.releaseItem(l, (int) i, old);
        }
        int at = (int) start;
        for (PyObject o : items) {
            l.items.add(at, o);
            heap.incref(o, RefReason.CONTAINER, "[" + at + "]");
            heap.sink().itemInserted(l.serial, at, o.serial);
            heap.decref(o, RefReason.TEMPORARY, null);
            at++;
        }
        l.resizeFor(l.size());
    }

    void delete(PyObject obj, PyObject key) {
        if (obj instanceof PyDict d) {
            if (!in.ops.dictDel(d, key, RefReason.CONTAINER, null)) {
                heap.incref(key, RefReason.CONTAINER, "args");
                throw in.newError(sp.exceptions.keyError, key);
            }
            return;
        }
        if (obj instanceof PyList l) {
            if (Builtins.isSlice(key)) {
                long[] idx = sliceIndices((PyTuple) key, l.size());
                List<Long> pos = positions(idx);
                pos.sort((a, c) -> Long.compare(c, a));
                for (long p : pos) {
                    PyObject old = l.items.remove((int) p);
                    heap.releaseItem(l, (int) p, old);
                }
                l.resizeFor(l.size());
                return;
            }
            long i = index(l, key, l.size());
            PyObject old = l.items.remove((int) i);
            l.resizeFor(l.size());
            heap.releaseItem(l, (int) i, old);
            return;
        }
        if (obj instanceof WeakContainer w && w.kind != WeakContainer.Kind.SET) {
            if (!b.weakDelete(w, key)) {
                heap.incref(key, RefReason.CONTAINER, "args");
                throw in.newError(sp.exceptions.keyError, key);
            }
            return;
        }
        throw in.typeError("'" + obj.typeName() + "' object does not support item deletion");
    }
}
