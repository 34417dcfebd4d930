package heapquest.engine.heap;

/**
 * An iterator object (list_iterator, range_iterator, dict_keyiterator, enumerate, zip...). It holds
 * what it iterates over until it is exhausted, which is why a list stays alive while a for loop runs
 * over it even after its name was rebound.
 */
public final class PyIterator extends PyObject {
    public enum Kind { LIST, TUPLE, RANGE, STR, DICT_KEYS, DICT_VALUES, DICT_ITEMS, SET, ENUMERATE, ZIP, REVERSED, SNAPSHOT }

    public final Kind kind;
    /** The iterables or iterators it draws from; released when exhausted. */
    public PyObject[] sources;
    public long index;
    public long counter;
    /** SET and SNAPSHOT iterate over a frozen order taken at creation. */
    public java.util.List<PyObject> snapshot;

    public PyIterator(int serial, PyType type, Kind kind, PyObject[] sources) {
        super(serial, type);
        this.kind = kind;
        this.sources = sources;
    }

    @Override
    public long sizeof() {
        return kind == Kind.ZIP || kind == Kind.ENUMERATE ? 56 : 48;
    }

    @Override
    public boolean gcCapable() {
        return kind != Kind.RANGE;
    }

    @Override
    public String summary() {
        return "<" + type.name + ">";
    }

    @Override
    public void traverse(RefVisitor v) {
        if (sources != null) {
            for (PyObject s : sources) {
                if (s != null) {
                    v.visit("source", s);
                }
            }
        }
    }

    @Override
    public void clear(Heap heap) {
        PyObject[] s = sources;
        sources = null;
        if (s != null) {
            for (PyObject o : s) {
                heap.releaseSlot(this, "source", o);
            }
        }
    }
}
