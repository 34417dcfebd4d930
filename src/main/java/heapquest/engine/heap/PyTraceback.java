package heapquest.engine.heap;

/** One traceback entry: the frame an exception passed through and the line it was at. */
public final class PyTraceback extends PyObject {
    public PyObject frame;
    public PyObject next;
    public final int line;

    public PyTraceback(int serial, PyType type, PyObject frame, int line) {
        super(serial, type);
        this.frame = frame;
        this.line = line;
    }

    @Override
    public long sizeof() {
        return 64;
    }

    @Override
    public boolean gcCapable() {
        return true;
    }

    @Override
    public void traverse(RefVisitor v) {
        if (next != null) {
            v.visit("tb_next", next);
        }
        if (frame != null) {
            v.visit("tb_frame", frame);
        }
    }

    @Override
    public void clear(Heap heap) {
        PyObject n = next, f = frame;
        next = null;
        frame = null;
        heap.releaseSlot(this, "tb_next", n);
        heap.releaseSlot(this, "tb_frame", f);
    }
}
