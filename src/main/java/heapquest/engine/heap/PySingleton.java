package heapquest.engine.heap;

/** None, Ellipsis and NotImplemented: static objects whose repr is their name. */
public final class PySingleton extends PyObject {
    private final String repr;

    public PySingleton(int serial, PyType type, String repr) {
        super(serial, type);
        this.repr = repr;
    }

    @Override
    public long sizeof() {
        return 16;
    }

    @Override
    public String summary() {
        return repr;
    }
}
