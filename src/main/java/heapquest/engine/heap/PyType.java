package heapquest.engine.heap;

/**
 * A class. Built-in types are static objects; a class statement creates a heap type that, as in
 * CPython, sits in reference cycles of its own (its __mro__ tuple and the __dict__/__weakref__
 * descriptors in its namespace refer back to it), so it dies only by the cyclic collector.
 */
public final class PyType extends PyObject {
    public final String name;
    public PyType base;
    public final boolean builtin;
    /** The class namespace (heap types only). */
    public PyDict dict;
    public PyTuple mro;
    public PyTuple bases;
    /** The two getset descriptors every plain class has (__dict__, __weakref__). */
    public PyObject dictDescriptor;
    public PyObject weakrefDescriptor;
    /** Instances may be weakly referenced (false for int, list... and for __slots__ without __weakref__). */
    public boolean instancesWeakReferenceable;
    public String module;

    /** Bootstrapping: `type` is its own type, and its base `object` is created after it. */
    public void setOwnTypeTo(PyType metatype) {
        this.type = metatype;
    }

    public void setBase(PyType base) {
        this.base = base;
    }

    public PyType(int serial, PyType metatype, String name, PyType base, boolean builtin) {
        super(serial, metatype);
        this.name = name;
        this.base = base;
        this.builtin = builtin;
        this.module = builtin ? "builtins" : "__main__";
    }

    @Override
    public long sizeof() {
        return builtin ? 408 : 1072;
    }

    @Override
    public boolean gcCapable() {
        return !builtin;
    }

    @Override
    public boolean weakReferenceable() {
        return true;
    }

    public boolean isSubtypeOf(PyType other) {
        for (PyType t = this; t != null; t = t.base) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    public String qualifiedName() {
        return builtin ? name : module + "." + name;
    }

    /** How a weakref's repr names the referent's type: bare for __main__ and built-ins (3.11). */
    public String qualifiedNameForWeakref() {
        return name;
    }

    @Override
    public String summary() {
        return "<class '" + qualifiedName() + "'>";
    }

    @Override
    public void traverse(RefVisitor v) {
        if (builtin) {
            return;
        }
        if (dict != null) {
            v.visit("__dict__", dict);
        }
        if (bases != null) {
            v.visit("__bases__", bases);
        }
        if (mro != null) {
            v.visit("__mro__", mro);
        }
    }

    @Override
    public void clear(Heap heap) {
        PyObject d = dict, b = bases, m = mro;
        dict = null;
        bases = null;
        mro = null;
        heap.releaseSlot(this, "__dict__", d);
        heap.releaseSlot(this, "__bases__", b);
        heap.releaseSlot(this, "__mro__", m);
    }
}
