package heapquest.engine.heap;

/** A getset descriptor (a class's __dict__ and __weakref__ entries): it refers back to its class. */
public final class PyDescriptor extends PyObject {
    public final String name;
    public PyType owner;

    public PyDescriptor(int serial, PyType type, String name, PyType owner) {
        super(serial, type);
        this.name = name;
        this.owner = owner;
    }

    @Override
    public long sizeof() {
        return 72;
    }

    @Override
    public boolean gcCapable() {
        return true;
    }

    @Override
    public String summary() {
        return "<attribute '" + name + "'>";
    }

    @Override
    public void traverse(RefVisitor v) {
        if (owner != null) {
            v.visit("__objclass__", owner);
        }
    }

    @Override
    public void clear(Heap heap) {
        PyObject o = owner;
        owner = null;
        heap.releaseSlot(this, "__objclass__", o);
    }
}
