package heapquest.engine.heap;

/** True and False: static singletons, ints 1 and 0 underneath. */
public final class PyBool extends PyInt {
    public PyBool(int serial, PyType type, boolean value) {
        super(serial, type, value ? 1 : 0);
    }

    public boolean value() {
        return small != 0;
    }

    @Override
    public String summary() {
        return value() ? "True" : "False";
    }
}
