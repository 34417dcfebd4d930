package heapquest.engine.runtime;

import heapquest.engine.heap.*;
import heapquest.engine.trace.RefReason;

import java.util.ArrayList;
import java.util.List;

/** Methods of list (and the two of tuple). args[0] is the list. */
final class ListMethods {
    private final Interpreter in;
    private final Builtins b;
    private final Heap heap;
    private final ObjectSpace sp;

    ListMethods(Interpreter in, Builtins b) {
        this.in = in;
        this.b = b;
        this.heap = in.heap;
        this.sp = in.space;
    }

    void register() {
        b.method("list", "append", (a, kw) -> {
            b.listAppend((PyList) a[0], a[1]);
            return sp.none;
        });
        b.method("list", "extend", (a, kw) -> {
            b.listExtend((PyList) a[0], in.ops.toList(a[1]));
            return sp.none;
        });
        b.method("list", "insert", (a, kw) -> {
            PyList l = (PyList) a[0];
            long i = ((PyInt) a[1]).small;
            int n = l.size();
            int at = (int) (i < 0 ? Math.max(0, i + n) : Math.min(i, n));
            b.checkSize(n + 1);
            l.resizeFor(n + 1);
            heap.incref(a[2], RefReason.CONTAINER, "[" + at + "]");
            l.items.add(at, a[2]);
            heap.sink().itemInserted(l.serial, at, a[2].serial);
            return sp.none;
        });
        b.method("list", "pop", (a, kw) -> {
            PyList l = (PyList) a[0];
            if (l.size() == 0) {
                throw in.error(sp.exceptions.indexError, "pop from empty list");
            }
            long i = a.length > 1 ? ((PyInt) a[1]).small : -1;
            if (i < 0) {
                i += l.size();
            }
            if (i < 0 || i >= l.size()) {
                throw in.error(sp.exceptions.indexError, "pop index out of range");
            }
            PyObject v = l.items.remove((int) i);
            heap.sink().itemRemoved(l.serial, (int) i);
            l.resizeFor(l.size());
            // The list's reference becomes the caller's: no count change, only a new owner.
            heap.incref(v, RefReason.TEMPORARY, null);
            heap.decref(v, RefReason.CONTAINER, "[" + i + "]");
            return v;
        });
        b.method("list", "remove", (a, kw) -> {
            PyList l = (PyList) a[0];
            for (int i = 0; i < l.size(); i++) {
                if (in.ops.eq(l.items.get(i), a[1])) {
                    PyObject v = l.items.remove(i);
                    l.resizeFor(l.size());
                    heap.releaseItem(l, i, v);
                    return sp.none;
                }
            }
            throw in.error(sp.exceptions.valueError, "list.remove(x): x not in list");
        });
        b.method("list", "clear", (a, kw) -> {
            b.clearList((PyList) a[0]);
            return sp.none;
        });
        b.method("list", "copy", (a, kw) -> {
            List<PyObject> items = new ArrayList<>(((PyList) a[0]).items);
            items.forEach(o -> heap.incref(o, RefReason.CONTAINER, null));
            return sp.newList(items);
        });
        b.method("list", "index", (a, kw) -> index(a, "list"));
        b.method("tuple", "index", (a, kw) -> index(a, "tuple"));
        b.method("list", "count", (a, kw) -> count(a));
        b.method("tuple", "count", (a, kw) -> count(a));
        b.method("list", "reverse", (a, kw) -> {
            PyList l = (PyList) a[0];
            List<PyObject> items = new ArrayList<>(l.items);
            for (int i = 0; i < items.size(); i++) {
                l.items.set(i, items.get(items.size() - 1 - i));
                heap.sink().itemReplaced(l.serial, i, l.items.get(i).serial);
            }
            return sp.none;
        });
        b.method("list", "sort", (a, kw) -> {
            b.sortList((PyList) a[0], kw);
            return sp.none;
        });
    }

    private PyObject index(PyObject[] a, String type) {
        List<PyObject> items = Ops.toListBorrowed(a[0]);
        for (int i = 0; i < items.size(); i++) {
            if (in.ops.eq(items.get(i), a[1])) {
                return sp.newInt(i);
            }
        }
        throw in.error(sp.exceptions.valueError, type.equals("list") ? in.ops.repr(a[1]) + " is not in list" : "tuple.index(x): x not in tuple");
    }

    private PyObject count(PyObject[] a) {
        int n = 0;
        for (PyObject o : Ops.toListBorrowed(a[0])) {
            if (in.ops.eq(o, a[1])) {
                n++;
            }
        }
        return sp.newInt(n);
    }
}
