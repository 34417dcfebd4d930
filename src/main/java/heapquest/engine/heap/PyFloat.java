package heapquest.engine.heap;

public final class PyFloat extends PyObject {
    public final double value;

    public PyFloat(int serial, PyType type, double value) {
        super(serial, type);
        this.value = value;
    }

    @Override
    public long sizeof() {
        return 24;
    }

    @Override
    public String summary() {
        return Repr.floatRepr(value);
    }
}
