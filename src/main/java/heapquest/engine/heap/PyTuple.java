package heapquest.engine.heap;

/** tuple. Items are owned references; dealloc releases them last to first, as CPython does. */
public final class PyTuple extends PyObject {
    public final PyObject[] items;
    /**
     * A class's __bases__ tuple: CPython's collector counts it with a dead class even when it holds
     * only static types (observed on 3.11: a dead empty class is 6 objects, this tuple included).
     */
    public boolean keepTracked;

    public PyTuple(int serial, PyType type, PyObject[] items) {
        super(serial, type);
        this.items = items;
    }

    public int size() {
        return items.length;
    }

    @Override
    public long sizeof() {
        return 40L + 8L * items.length;
    }

    @Override
    public boolean gcCapable() {
        return true;
    }

    @Override
    public void traverse(RefVisitor v) {
        // tupletraverse visits the last item first (gc.get_referents order).
        for (int i = items.length - 1; i >= 0; i--) {
            if (items[i] != null) {
                v.visit("[" + i + "]", items[i]);
            }
        }
    }

    @Override
    public void clear(Heap heap) {
        for (int i = items.length - 1; i >= 0; i--) {
            PyObject o = items[i];
            if (o != null) {
                items[i] = null;
                heap.releaseItem(this, i, o);
            }
        }
    }
}
