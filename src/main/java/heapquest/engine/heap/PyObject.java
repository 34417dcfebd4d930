package heapquest.engine.heap;

import java.util.ArrayList;
import java.util.List;

/**
 * A simulated CPython object. Its address is what id() returns; its refcount counts exactly the
 * references CPython would count. Mutable on purpose: this is the interpreter's working heap; the
 * immutable record of a run is the Trace built from the events the Heap reports.
 */
public abstract class PyObject {
    /** Unique for the whole run, never reused (addresses are). */
    public final int serial;
    long address;
    long refcount;
    boolean gcTracked;
    int generation;
    /** PEP 442: __del__ runs at most once per object. */
    boolean finalized;
    boolean freed;
    /** Weak references to this object in registration order (callbacks run newest first). */
    List<PyObject> weakrefs;
    /** Scratch for the cyclic collector. */
    long gcRefs;

    /** Not final only so that the `type` type can be its own type. */
    PyType type;

    protected PyObject(int serial, PyType type) {
        this.serial = serial;
        this.type = type;
    }

    public final PyType type() {
        return type;
    }

    /** CPython's basic object size, what sys.getsizeof reports (container storage included). */
    public abstract long sizeof();

    /** Whether this kind of object participates in the cyclic collector (has a GC header). */
    public boolean gcCapable() {
        return false;
    }

    /** Whether weakref.ref(x) is allowed (Python classes, functions, sets, types...). */
    public boolean weakReferenceable() {
        return false;
    }

    /** Visits every strong reference this object holds, with a label for the viewer (tp_traverse). */
    public void traverse(RefVisitor visitor) {
    }

    /**
     * Drops every strong reference this object holds, in CPython's deallocation order (tp_dealloc
     * or tp_clear). Called once, when the object is freed or when the collector breaks a cycle.
     */
    public void clear(Heap heap) {
    }

    public long address() {
        return address;
    }

    public long refcount() {
        return refcount;
    }

    public boolean isFreed() {
        return freed;
    }

    public boolean isTracked() {
        return gcTracked;
    }

    public String typeName() {
        return type().name;
    }

    /** A short value text for the viewer; containers return null (the trace derives theirs). */
    public String summary() {
        return null;
    }

    List<PyObject> weakrefList() {
        if (weakrefs == null) {
            weakrefs = new ArrayList<>(2);
        }
        return weakrefs;
    }

    public List<PyObject> weakrefsView() {
        return weakrefs == null ? List.of() : weakrefs;
    }

    @FunctionalInterface
    public interface RefVisitor {
        void visit(String label, PyObject target);
    }

    @Override
    public String toString() {
        return typeName() + "#" + serial;
    }
}
