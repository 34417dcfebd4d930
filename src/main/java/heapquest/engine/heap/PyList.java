package heapquest.engine.heap;

import java.util.ArrayList;
import java.util.List;

/** list. Tracks CPython's over-allocated capacity so sys.getsizeof matches. */
public final class PyList extends PyObject {
    public final List<PyObject> items;
    int allocated;

    public PyList(int serial, PyType type, List<PyObject> items) {
        super(serial, type);
        this.items = new ArrayList<>(items);
        this.allocated = items.size();
    }

    public int size() {
        return items.size();
    }

    public PyObject get(int i) {
        return items.get(i);
    }

    /** CPython's list_resize: grow by about 1/8, keep the block when shrinking by less than half. */
    public void resizeFor(int newSize) {
        if (allocated >= newSize && newSize >= (allocated >> 1)) {
            return;
        }
        long newAllocated = ((long) newSize + (newSize >> 3) + 6) & ~3L;
        if (newSize - items.size() > newAllocated - newSize) {
            newAllocated = ((long) newSize + 3) & ~3L;
        }
        allocated = newSize == 0 ? 0 : (int) newAllocated;
    }

    public void setAllocated(int n) {
        allocated = n;
    }

    @Override
    public long sizeof() {
        return 56L + 8L * allocated;
    }

    @Override
    public boolean gcCapable() {
        return true;
    }

    @Override
    public void traverse(RefVisitor v) {
        // list_traverse visits the last item first (gc.get_referents order).
        for (int i = items.size() - 1; i >= 0; i--) {
            v.visit("[" + i + "]", items.get(i));
        }
    }

    @Override
    public void clear(Heap heap) {
        for (int i = items.size() - 1; i >= 0; i--) {
            PyObject o = items.remove(i);
            heap.releaseItem(this, i, o);
        }
        allocated = 0;
    }
}
