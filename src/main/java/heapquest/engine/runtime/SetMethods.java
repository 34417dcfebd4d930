package heapquest.engine.runtime;

import heapquest.engine.heap.*;
import heapquest.engine.trace.RefReason;

/** Methods of set. args[0] is the set. */
final class SetMethods {
    private final Interpreter in;
    private final Builtins b;
    private final ObjectSpace sp;

    SetMethods(Interpreter in, Builtins b) {
        this.in = in;
        this.b = b;
        this.sp = in.space;
    }

    void register() {
        b.method("set", "add", (a, kw) -> {
            in.ops.setAdd((PySet) a[0], a[1]);
            return sp.none;
        });
        b.method("set", "discard", (a, kw) -> {
            remove((PySet) a[0], a[1]);
            return sp.none;
        });
        b.method("set", "remove", (a, kw) -> {
            if (!remove((PySet) a[0], a[1])) {
                in.heap.incref(a[1], RefReason.CONTAINER, "args");
                throw in.newError(sp.exceptions.keyError, a[1]);
            }
            return sp.none;
        });
        b.method("set", "clear", (a, kw) -> {
            PySet s = (PySet) a[0];
            for (PyObject o : s.ordered()) {
                remove(s, o);
            }
            return sp.none;
        });
        b.method("set", "copy", (a, kw) -> {
            PySet out = sp.newSet();
            for (PyObject o : ((PySet) a[0]).ordered()) {
                in.ops.setAdd(out, o);
            }
            return out;
        });
    }

    boolean remove(PySet s, PyObject item) {
        PyObject old = s.members.remove(HashKey.of(item));
        if (old == null) {
            return false;
        }
        in.heap.releaseSlot(s, "{" + old.serial + "}", old);
        return true;
    }
}
