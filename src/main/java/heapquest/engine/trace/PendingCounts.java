package heapquest.engine.trace;

import java.util.Arrays;

/**
 * The latest refcount of each object whose temporary changes are not yet written, in the order the
 * objects were first noted (a LinkedHashMap's order, without a boxed key and an entry object per
 * refcount change: this is written several times per step). Keys are object serials (never negative).
 */
final class PendingCounts {
    private static final int FREE = -1;
    private static final int SMALL_TABLE = 32;
    /** Noted objects in first-noted order; a removed one leaves FREE behind until the next clear. */
    private int[] order = new int[16];
    private long[] counts = new long[16];
    private int used;
    /** Open addressing (linear probing) from serial to its position in {@link #order}. */
    private int[] tableKeys = new int[SMALL_TABLE];
    private int[] tablePositions = new int[SMALL_TABLE];
    private int tableUsed;

    PendingCounts() {
        Arrays.fill(tableKeys, FREE);
    }

    /** Notes obj's latest count, keeping its place if it is already pending. */
    void put(int obj, long count) {
        int slot = slotOf(obj);
        if (tableKeys[slot] == obj && order[tablePositions[slot]] == obj) {
            counts[tablePositions[slot]] = count;
            return;
        }
        if (used == order.length) {
            order = Arrays.copyOf(order, used * 2);
            counts = Arrays.copyOf(counts, used * 2);
        }
        order[used] = obj;
        counts[used] = count;
        if (tableKeys[slot] != obj) {
            tableUsed++;
        }
        tableKeys[slot] = obj;
        tablePositions[slot] = used;
        used++;
        if (tableUsed * 2 > tableKeys.length) {
            rehash(tableKeys.length * 2);
        }
    }

    /** Forgets obj (its count was just written in full, or it was freed). */
    void remove(int obj) {
        int slot = slotOf(obj);
        if (tableKeys[slot] == obj && order[tablePositions[slot]] == obj) {
            order[tablePositions[slot]] = FREE;
        }
    }

    /** How many positions {@link #objAt} has (removed ones included). */
    int size() {
        return used;
    }

    /** The i-th noted serial, or -1 if it was removed since. */
    int objAt(int i) {
        return order[i];
    }

    long countAt(int i) {
        return counts[i];
    }

    void clear() {
        if (used == 0) {
            return;
        }
        used = 0;
        tableUsed = 0;
        if (tableKeys.length > SMALL_TABLE) {
            // One step with many pending objects (a collection, the exit) must not make every later
            // step pay for clearing a large table.
            tableKeys = new int[SMALL_TABLE];
            tablePositions = new int[SMALL_TABLE];
        }
        Arrays.fill(tableKeys, FREE);
    }

    /** The slot holding obj, or the empty slot where it would go. */
    private int slotOf(int obj) {
        int mask = tableKeys.length - 1;
        int slot = (obj * 0x9E3779B9) >>> 1 & mask;
        while (tableKeys[slot] != FREE && tableKeys[slot] != obj) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void rehash(int capacity) {
        int[] oldKeys = tableKeys;
        int[] oldPositions = tablePositions;
        tableKeys = new int[capacity];
        tablePositions = new int[capacity];
        Arrays.fill(tableKeys, FREE);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != FREE) {
                int slot = slotOf(oldKeys[i]);
                tableKeys[slot] = oldKeys[i];
                tablePositions[slot] = oldPositions[i];
            }
        }
    }
}
