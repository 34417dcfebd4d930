package heapquest.engine.runtime;

import heapquest.engine.heap.Heap;
import heapquest.engine.heap.HashKey;
import heapquest.engine.heap.PyObject;
import heapquest.engine.heap.PyType;
import heapquest.engine.heap.PyWeakref;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * WeakValueDictionary, WeakKeyDictionary and WeakSet: entries hold a weak reference to the value
 * (or key, or member) and vanish the moment that object dies.
 */
final class WeakContainer extends PyObject {
    enum Kind { VALUES, KEYS, SET }

    static final class Entry {
        PyObject strong;
        PyWeakref weak;
    }

    final Kind kind;
    final LinkedHashMap<Object, Entry> entries = new LinkedHashMap<>();

    WeakContainer(int serial, PyType type, Kind kind) {
        super(serial, type);
        this.kind = kind;
    }

    static Object keyFor(Kind kind, PyObject key) {
        return kind == Kind.VALUES ? HashKey.of(key) : new Identity(key);
    }

    record Identity(PyObject o) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity i && i.o == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(o);
        }
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
        return true;
    }

    @Override
    public String summary() {
        return "<" + type().name + ">";
    }

    @Override
    public void traverse(RefVisitor v) {
        for (Entry e : entries.values()) {
            if (e.strong != null) {
                v.visit(kind == Kind.VALUES ? "key" : "value", e.strong);
            }
            v.visit("weak entry", e.weak);
        }
    }

    @Override
    public void clear(Heap heap) {
        List<Entry> all = new ArrayList<>(entries.values());
        entries.clear();
        for (Entry e : all) {
            e.weak.nativeCallback = null;
            heap.releaseSlot(this, "weak entry", e.weak);
            if (e.strong != null) {
                heap.releaseSlot(this, kind == Kind.VALUES ? "key" : "value", e.strong);
            }
        }
    }
}
