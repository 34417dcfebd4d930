package heapquest.engine.heap;

/** A function made by def or lambda: its code, globals, defaults, closure cells and attributes. */
public final class PyFunction extends PyObject {
    public final String name;
    public final String qualname;
    public PyCode code;
    public PyDict globals;
    public PyTuple defaults;
    public PyDict kwdefaults;
    public PyTuple closure;
    /** Created on the first attribute assignment ({@code f.me = f}), as CPython does. */
    public PyDict dict;

    public PyFunction(int serial, PyType type, String name, String qualname) {
        super(serial, type);
        this.name = name;
        this.qualname = qualname;
    }

    @Override
    public long sizeof() {
        return 152;
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
        return "<function " + qualname + ">";
    }

    @Override
    public void traverse(RefVisitor v) {
        if (code != null) {
            v.visit("__code__", code);
        }
        if (globals != null) {
            v.visit("__globals__", globals);
        }
        if (defaults != null) {
            v.visit("__defaults__", defaults);
        }
        if (kwdefaults != null) {
            v.visit("__kwdefaults__", kwdefaults);
        }
        if (closure != null) {
            v.visit("__closure__", closure);
        }
        if (dict != null) {
            v.visit("__dict__", dict);
        }
    }

    @Override
    public void clear(Heap heap) {
        PyObject c = code, g = globals, d = defaults, k = kwdefaults, cl = closure, di = dict;
        code = null;
        globals = null;
        defaults = null;
        kwdefaults = null;
        closure = null;
        dict = null;
        heap.releaseSlot(this, "__code__", c);
        heap.releaseSlot(this, "__globals__", g);
        heap.releaseSlot(this, "__defaults__", d);
        heap.releaseSlot(this, "__kwdefaults__", k);
        heap.releaseSlot(this, "__closure__", cl);
        heap.releaseSlot(this, "__dict__", di);
    }
}
