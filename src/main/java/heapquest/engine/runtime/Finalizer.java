package heapquest.engine.runtime;

import heapquest.engine.heap.Heap;
import heapquest.engine.heap.PyObject;
import heapquest.engine.heap.PyTuple;
import heapquest.engine.heap.PyType;
import heapquest.engine.heap.PyWeakref;

/**
 * weakref.finalize(obj, func, *args): calls func(*args) once, when obj dies or when called.
 * A module-level registry keeps it alive until then, so it works even if the program drops it.
 */
final class Finalizer extends PyObject {
    PyWeakref ref;
    PyObject func;
    PyTuple args;
    private PyObject target;

    Finalizer(int serial, PyType type) {
        super(serial, type);
    }

    void setTarget(PyObject target) {
        this.target = target;
    }

    PyObject target() {
        return ref != null && ref.target != null ? ref.target : target;
    }

    boolean alive() {
        return func != null;
    }

    @Override
    public long sizeof() {
        return 48;
    }

    @Override
    public boolean gcCapable() {
        return true;
    }

    @Override
    public boolean weakReferenceable() {
        return true;
    }

    @Override
    public String summary() {
        return "<finalize>";
    }

    @Override
    public void traverse(RefVisitor v) {
        if (ref != null) {
            v.visit("weakref", ref);
        }
        if (func != null) {
            v.visit("func", func);
        }
        if (args != null) {
            v.visit("args", args);
        }
    }

    @Override
    public void clear(Heap heap) {
        PyObject r = ref, f = func, a = args;
        ref = null;
        func = null;
        args = null;
        heap.releaseSlot(this, "weakref", r);
        heap.releaseSlot(this, "func", f);
        heap.releaseSlot(this, "args", a);
    }
}
