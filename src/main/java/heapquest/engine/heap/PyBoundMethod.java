package heapquest.engine.heap;

/** {@code obj.method} taken as a value: holds the function and {@code __self__}. */
public final class PyBoundMethod extends PyObject {
    public PyObject function;
    public PyObject self;

    public PyBoundMethod(int serial, PyType type, PyObject function, PyObject self) {
        super(serial, type);
        this.function = function;
        this.self = self;
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
    public boolean weakReferenceable() {
        return true;
    }

    @Override
    public String summary() {
        String fn = function instanceof PyFunction f ? f.qualname : "?";
        return "<bound method " + fn + ">";
    }

    @Override
    public void traverse(RefVisitor v) {
        if (function != null) {
            v.visit("__func__", function);
        }
        if (self != null) {
            v.visit("__self__", self);
        }
    }

    @Override
    public void clear(Heap heap) {
        PyObject f = function, s = self;
        function = null;
        self = null;
        heap.releaseSlot(this, "__func__", f);
        heap.releaseSlot(this, "__self__", s);
    }
}
