package heapquest.engine.heap;

/** A closure cell: how an inner function keeps an outer function's variable alive. */
public final class PyCell extends PyObject {
    public PyObject contents;

    public PyCell(int serial, PyType type) {
        super(serial, type);
    }

    @Override
    public long sizeof() {
        return 40;
    }

    @Override
    public boolean gcCapable() {
        return true;
    }

    @Override
    public void traverse(RefVisitor v) {
        if (contents != null) {
            v.visit("cell_contents", contents);
        }
    }

    @Override
    public void clear(Heap heap) {
        PyObject c = contents;
        contents = null;
        heap.releaseSlot(this, "cell_contents", c);
    }
}
