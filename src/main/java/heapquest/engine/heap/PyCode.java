package heapquest.engine.heap;

/**
 * A code object: the compiled form of a module, function, lambda, class body or comprehension.
 * Its co_consts tuple keeps the literals it uses alive, which is why {@code a = 1000} leaves 1000
 * with one more reference than the names account for. Code objects are not tracked by the collector.
 */
public final class PyCode extends PyObject {
    public final String name;
    public PyTuple consts;
    public PyTuple names;
    /** The runtime's compiled body; opaque to the heap. */
    public final Object body;

    public PyCode(int serial, PyType type, String name, Object body) {
        super(serial, type);
        this.name = name;
        this.body = body;
    }

    @Override
    public long sizeof() {
        return 192;
    }

    @Override
    public String summary() {
        return "<code " + name + ">";
    }

    @Override
    public void traverse(RefVisitor v) {
        if (consts != null) {
            v.visit("co_consts", consts);
        }
        if (names != null) {
            v.visit("co_names", names);
        }
    }

    @Override
    public void clear(Heap heap) {
        PyObject c = consts, n = names;
        consts = null;
        names = null;
        heap.releaseSlot(this, "co_consts", c);
        heap.releaseSlot(this, "co_names", n);
    }
}
