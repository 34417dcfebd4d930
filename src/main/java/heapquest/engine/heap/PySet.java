package heapquest.engine.heap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * set. Iteration follows CPython's hash-table order for int members (slot = hash & mask, so small
 * ints come out sorted); for other members the order is insertion order, which CPython does not
 * promise (string hashes are randomised), so programs cannot rely on it anyway.
 */
public final class PySet extends PyObject {
    public final LinkedHashMap<HashKey, PyObject> members = new LinkedHashMap<>();
    private int tableSize = 8;

    public PySet(int serial, PyType type) {
        super(serial, type);
    }

    public int size() {
        return members.size();
    }

    public boolean contains(PyObject o) {
        return members.containsKey(HashKey.of(o));
    }

    public void noteInsert() {
        int fill = members.size() + 1;
        int mask = tableSize - 1;
        if (fill * 5 >= mask * 3) {
            int minUsed = fill > 50000 ? fill * 2 : fill * 4;
            int size = 8;
            while (size <= minUsed) {
                size <<= 1;
            }
            tableSize = size;
        }
    }

    /** Members in the order iteration and repr show them. */
    public List<PyObject> ordered() {
        List<HashKey> keys = new ArrayList<>(members.keySet());
        List<HashKey> sorted = new ArrayList<>(keys);
        long mask = tableSize - 1;
        boolean allInts = keys.stream().allMatch(k -> members.get(k) instanceof PyInt);
        if (allInts) {
            sorted.sort(Comparator.comparingLong(k -> k.pythonHash() & mask));
        }
        List<PyObject> out = new ArrayList<>(sorted.size());
        for (HashKey k : sorted) {
            out.add(members.get(k));
        }
        return out;
    }

    @Override
    public long sizeof() {
        return tableSize <= 8 ? 216 : 216 + 16L * tableSize;
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
    public void traverse(RefVisitor v) {
        for (PyObject o : members.values()) {
            v.visit("{" + o.serial + "}", o);
        }
    }

    @Override
    public void clear(Heap heap) {
        List<PyObject> items = new ArrayList<>(members.values());
        members.clear();
        for (PyObject o : items) {
            heap.releaseSlot(this, "{" + o.serial + "}", o);
        }
    }
}
