package heapquest.engine.heap;

/** An exception instance: its args tuple and, once raised, its traceback and context. */
public final class PyBaseException extends PyInstance {
    public PyTuple args;
    public PyObject traceback;
    public PyObject context;
    public PyObject cause;

    public PyBaseException(int serial, PyType type) {
        super(serial, type);
    }

    @Override
    public long sizeof() {
        return 72;
    }

    @Override
    public boolean weakReferenceable() {
        return true;
    }

    @Override
    public String summary() {
        return "<" + type.name + ">";
    }

    @Override
    public void traverse(RefVisitor v) {
        super.traverse(v);
        if (args != null) {
            v.visit("args", args);
        }
        if (traceback != null) {
            v.visit("__traceback__", traceback);
        }
        if (context != null) {
            v.visit("__context__", context);
        }
        if (cause != null) {
            v.visit("__cause__", cause);
        }
    }

    @Override
    public void clear(Heap heap) {
        super.clear(heap);
        PyObject a = args, tb = traceback, ctx = context, c = cause;
        args = null;
        traceback = null;
        context = null;
        cause = null;
        heap.releaseSlot(this, "args", a);
        heap.releaseSlot(this, "__traceback__", tb);
        heap.releaseSlot(this, "__context__", ctx);
        heap.releaseSlot(this, "__cause__", c);
    }
}
