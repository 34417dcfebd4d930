package heapquest.engine.heap;

/**
 * A built-in function or method ({@code len}, {@code sys.getrefcount}, {@code lst.append}). A method
 * taken from an object holds that object as {@code __self__}. The implementation is the runtime's.
 */
public final class PyBuiltin extends PyObject {
    public final String name;
    public final Object impl;
    public PyObject self;

    public PyBuiltin(int serial, PyType type, String name, Object impl, PyObject self) {
        super(serial, type);
        this.name = name;
        this.impl = impl;
        this.self = self;
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
    public boolean weakReferenceable() {
        return true;
    }

    @Override
    public String summary() {
        return self == null ? "<built-in function " + name + ">" : "<built-in method " + name + ">";
    }

    @Override
    public void traverse(RefVisitor v) {
        if (self != null) {
            v.visit("__self__", self);
        }
    }

    @Override
    public void clear(Heap heap) {
        PyObject s = self;
        self = null;
        heap.releaseSlot(this, "__self__", s);
    }
}
