package heapquest.engine.heap;

/**
 * The occupancy of CPython 3.11's free lists for exact lists (80), dicts (80) and tuples of 1-19
 * items (2000 per size). An object taken from a free list is not a new GC allocation and one pushed
 * onto it is not a GC free, so neither moves gc.get_count()[0]: that is what makes CPython's
 * automatic collections start where they do. Only the counts are modelled, not the memory.
 */
final class FreeLists {
    static final int LIST_MAX = 80;
    static final int DICT_MAX = 80;
    static final int TUPLE_MAX = 2000;
    static final int TUPLE_SIZES = 20;

    private int lists;
    private int dicts;
    private final int[] tuples = new int[TUPLE_SIZES];

    /** A full collection empties every free list (CPython's clear_freelists after gen 2). */
    void clear() {
        lists = 0;
        dicts = 0;
        java.util.Arrays.fill(tuples, 0);
    }

    /** The free lists modelled. */
    enum Kind { LIST, DICT, TUPLE }

    /** Takes an entry for a new object of this kind; false if the free list is empty. */
    boolean take(Kind kind, int size) {
        switch (kind) {
            case LIST -> {
                if (lists == 0) {
                    return false;
                }
                lists--;
            }
            case DICT -> {
                if (dicts == 0) {
                    return false;
                }
                dicts--;
            }
            case TUPLE -> {
                if (tuples[size] == 0) {
                    return false;
                }
                tuples[size]--;
            }
        }
        return true;
    }

    /** Keeps a dying object of this kind; false if the free list is full. */
    boolean keep(Kind kind, int size) {
        switch (kind) {
            case LIST -> {
                if (lists == LIST_MAX) {
                    return false;
                }
                lists++;
            }
            case DICT -> {
                if (dicts == DICT_MAX) {
                    return false;
                }
                dicts++;
            }
            case TUPLE -> {
                if (tuples[size] == TUPLE_MAX) {
                    return false;
                }
                tuples[size]++;
            }
        }
        return true;
    }

    /** The free list an object goes through, or null: exact list, dict, or tuple of 1-19 items. */
    static Kind kindOf(PyObject o) {
        if (!o.type.builtin) {
            return null;
        }
        if (o instanceof PyList) {
            return Kind.LIST;
        }
        if (o instanceof PyDict) {
            return Kind.DICT;
        }
        if (o instanceof PyTuple t && t.items.length > 0 && t.items.length < TUPLE_SIZES) {
            return Kind.TUPLE;
        }
        return null;
    }

    static int sizeOf(PyObject o) {
        return o instanceof PyTuple t ? t.items.length : 0;
    }
}
