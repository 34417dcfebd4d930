package heapquest.engine.heap;

/** A module (sys, gc, weakref, __main__): static in the model, its attributes are built-ins. */
public final class PyModule extends PyObject {
    public final String name;
    public final PyDict dict;

    public PyModule(int serial, PyType type, String name, PyDict dict) {
        super(serial, type);
        this.name = name;
        this.dict = dict;
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
        return "<module '" + name + "'>";
    }
}
