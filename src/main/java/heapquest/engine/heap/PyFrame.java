package heapquest.engine.heap;

/**
 * A frame object. CPython creates one only when something needs it (here: a traceback). While its
 * function runs, the running frame owns the locals; once the function has returned, the frame
 * object owns them, so a traceback keeps the thrower's locals alive.
 */
public final class PyFrame extends PyObject {
    /** The runtime's view of the locals; set by the runtime. */
    public FrameLocals locals;
    public final String function;
    public boolean ownsLocals;

    public PyFrame(int serial, PyType type, String function, FrameLocals locals) {
        super(serial, type);
        this.function = function;
        this.locals = locals;
    }

    /** Access to a frame's local variables without the heap knowing the interpreter's frames. */
    public interface FrameLocals {
        void traverse(RefVisitor v);

        void release(Heap heap);
    }

    @Override
    public long sizeof() {
        return 104;
    }

    @Override
    public boolean gcCapable() {
        return true;
    }

    @Override
    public String summary() {
        return "<frame " + function + ">";
    }

    @Override
    public void traverse(RefVisitor v) {
        if (ownsLocals && locals != null) {
            locals.traverse(v);
        }
    }

    @Override
    public void clear(Heap heap) {
        if (ownsLocals && locals != null) {
            FrameLocals l = locals;
            locals = null;
            l.release(heap);
        }
    }
}
