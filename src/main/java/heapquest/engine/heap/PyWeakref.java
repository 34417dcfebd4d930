package heapquest.engine.heap;

/**
 * weakref.ref: refers to its target without counting. When the target dies the reference is
 * cleared (target null) and its callback, if any, is called with the dead reference.
 * {@code nativeCallback} is set for the engine's own references: weak containers' entries and
 * weakref.finalize (Python callbacks in CPython), and __subclasses__ entries.
 */
public final class PyWeakref extends PyObject {
    public PyObject target;
    public PyObject callback;
    public Runnable nativeCallback;
    /**
     * Set for the references CPython keeps without any callback (a base class's __subclasses__
     * entries): their nativeCallback only models cleanup CPython does in type_dealloc, so a
     * collection does not count them among the weakrefs its callbacks freed.
     */
    public boolean withoutCallbackInCPython;

    public PyWeakref(int serial, PyType type, PyObject target, PyObject callback) {
        super(serial, type);
        this.target = target;
        this.callback = callback;
    }

    public boolean alive() {
        return target != null;
    }

    @Override
    public long sizeof() {
        return 80;
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
        return target == null ? "<weakref; dead>" : "<weakref to '" + target.typeName() + "'>";
    }

    @Override
    public void traverse(RefVisitor v) {
        if (callback != null) {
            v.visit("__callback__", callback);
        }
    }

    @Override
    public void clear(Heap heap) {
        if (target != null) {
            heap.detachWeakref(this);
        }
        PyObject c = callback;
        callback = null;
        heap.releaseSlot(this, "__callback__", c);
    }
}
