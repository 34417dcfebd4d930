package heapquest.engine.heap;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * dict: insertion-ordered, both key and value hold a reference. Sizes follow CPython 3.11's
 * split between str-only key tables (16-byte entries) and general ones (24-byte entries).
 */
public final class PyDict extends PyObject {
    public static final class Entry {
        public final PyObject key;
        public PyObject value;

        public Entry(PyObject key, PyObject value) {
            this.key = key;
            this.value = value;
        }
    }

    public final LinkedHashMap<HashKey, Entry> entries = new LinkedHashMap<>();
    /** log2 of the key table size; 0 means no table yet (an empty dict literal). */
    int log2Size;
    boolean generalKeys;

    public PyDict(int serial, PyType type) {
        super(serial, type);
    }

    public int size() {
        return entries.size();
    }

    public Entry lookup(PyObject key) {
        return entries.get(HashKey.of(key));
    }

    public PyObject get(PyObject key) {
        Entry e = lookup(key);
        return e == null ? null : e.value;
    }

    /** For str-keyed namespaces (globals, class bodies). */
    public PyObject getStr(String key) {
        Entry e = entries.get(HashKey.ofString(key));
        return e == null ? null : e.value;
    }

    public void noteInsert(PyObject key) {
        if (!(key instanceof PyStr)) {
            generalKeys = true;
        }
        int usable = log2Size == 0 ? 0 : ((1 << log2Size) << 1) / 3;
        if (entries.size() + 1 > usable) {
            int want = Math.max(8, entries.size() * 3);
            int log2 = 3;
            while ((1 << log2) < want) {
                log2++;
            }
            log2Size = log2;
        }
    }

    @Override
    public long sizeof() {
        if (log2Size == 0) {
            return 64;
        }
        int size = 1 << log2Size;
        int usable = (size << 1) / 3;
        int indexBytes = size <= 128 ? 1 : size <= 0x7fff ? 2 : 4;
        return 64 + 32 + (long) size * indexBytes + (long) usable * (generalKeys ? 24 : 16);
    }

    @Override
    public boolean gcCapable() {
        return true;
    }

    public static String keyLabel(PyObject key) {
        if (key instanceof PyStr s) {
            if (s.label == null) {
                s.label = label(s);
            }
            return s.label;
        }
        return label(key);
    }

    private static String label(PyObject key) {
        String r = key.summary();
        if (r == null) {
            r = "<" + key.typeName() + ">";
        }
        if (r.length() > 24) {
            r = r.substring(0, 23) + "…";
        }
        return "[" + r + "]";
    }

    @Override
    public void traverse(RefVisitor v) {
        // dict_traverse: a str-only key table visits the values alone (str keys cannot be in a
        // cycle); a general one visits each value, then its key.
        for (Entry e : entries.values()) {
            String label = keyLabel(e.key);
            v.visit(label, e.value);
            if (generalKeys) {
                v.visit("key " + label, e.key);
            }
        }
    }

    @Override
    public void clear(Heap heap) {
        // dict_dealloc releases entries in insertion order, each key before its value.
        Iterator<Map.Entry<HashKey, Entry>> it = entries.entrySet().iterator();
        while (it.hasNext()) {
            Entry e = it.next().getValue();
            it.remove();
            String label = keyLabel(e.key);
            heap.releaseSlot(this, "key " + label, e.key);
            heap.releaseSlot(this, label, e.value);
        }
    }
}
