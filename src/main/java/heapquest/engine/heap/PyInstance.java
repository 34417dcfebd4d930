package heapquest.engine.heap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An instance of a class. As in CPython 3.11, attributes live inline (no __dict__ object), and an
 * instance of a heap type holds a strong reference to its class.
 */
public class PyInstance extends PyObject {
    public final LinkedHashMap<String, PyObject> attrs = new LinkedHashMap<>();

    public PyInstance(int serial, PyType type) {
        super(serial, type);
    }

    @Override
    public long sizeof() {
        return 56;
    }

    @Override
    public boolean gcCapable() {
        return true;
    }

    @Override
    public boolean weakReferenceable() {
        return type.instancesWeakReferenceable;
    }

    @Override
    public String summary() {
        return "<" + type.name + ">";
    }

    @Override
    public void traverse(RefVisitor v) {
        for (Map.Entry<String, PyObject> e : attrs.entrySet()) {
            v.visit("." + e.getKey(), e.getValue());
        }
        if (!type.builtin) {
            v.visit("__class__", type);
        }
    }

    @Override
    public void clear(Heap heap) {
        List<Map.Entry<String, PyObject>> all = new ArrayList<>(attrs.entrySet());
        attrs.clear();
        for (Map.Entry<String, PyObject> e : all) {
            heap.releaseSlot(this, "." + e.getKey(), e.getValue());
        }
    }

    /** subtype_dealloc drops the class reference after the attributes, as the last thing. */
    public void releaseType(Heap heap) {
        if (!type.builtin) {
            heap.decref(type, heapquest.engine.trace.RefReason.TYPE, "__class__");
        }
    }
}
