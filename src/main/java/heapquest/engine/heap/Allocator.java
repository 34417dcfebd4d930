package heapquest.engine.heap;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A model of CPython's small-object allocator (pymalloc): requests up to 512 bytes are rounded up to
 * 16-byte size classes; each class carves blocks out of 16 KiB pools and keeps freed blocks on a
 * LIFO free list, so the next object of the same size class takes the most recently freed address.
 * Larger requests come from a separate region with the same LIFO reuse per exact size.
 */
final class Allocator {
    static final long ARENA_BASE = 0x7f3a1c200000L;
    static final long LARGE_BASE = 0x7f3a1b000000L;
    private static final int POOL_SIZE = 16 * 1024;
    private static final int POOL_HEADER = 48;
    private static final int SMALL_LIMIT = 512;
    private static final int CLASSES = SMALL_LIMIT / 16 + 1;

    /** A LIFO stack of free block addresses, without boxing (this is on every allocation's path). */
    private static final class Stack {
        long[] items = new long[16];
        int size;

        void push(long v) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = v;
        }

        Stack copy() {
            Stack s = new Stack();
            s.items = items.clone();
            s.size = size;
            return s;
        }
    }

    private final Stack[] smallFree = new Stack[CLASSES];
    private final long[] poolStart = new long[CLASSES];
    private final long[] poolNext = new long[CLASSES];
    private final Map<Integer, Stack> largeFree = new HashMap<>();
    private long nextPool = ARENA_BASE;
    private long nextLarge = LARGE_BASE;

    static int sizeClass(long bytes) {
        long rounded = (Math.max(bytes, 16) + 15) & ~15L;
        return (int) Math.min(rounded, Integer.MAX_VALUE);
    }

    /** Returns the block address for a request of the given size. */
    long allocate(long bytes) {
        int cls = sizeClass(bytes);
        if (cls > SMALL_LIMIT) {
            Stack free = largeFree.get(cls);
            if (free != null && free.size > 0) {
                return free.items[--free.size];
            }
            long addr = nextLarge;
            nextLarge += (cls + 4095) & ~4095L;
            return addr;
        }
        int i = cls / 16;
        Stack free = smallFree[i];
        if (free != null && free.size > 0) {
            return free.items[--free.size];
        }
        if (poolStart[i] == 0 || poolNext[i] + cls > poolStart[i] + POOL_SIZE) {
            poolStart[i] = nextPool;
            poolNext[i] = nextPool + POOL_HEADER;
            nextPool += POOL_SIZE;
        }
        long addr = poolNext[i];
        poolNext[i] += cls;
        return addr;
    }

    void free(long block, long bytes) {
        int cls = sizeClass(bytes);
        Stack s;
        if (cls > SMALL_LIMIT) {
            s = largeFree.computeIfAbsent(cls, k -> new Stack());
        } else {
            int i = cls / 16;
            if (smallFree[i] == null) {
                smallFree[i] = new Stack();
            }
            s = smallFree[i];
        }
        s.push(block);
    }

    /** A copy of the allocator's state, to undo the allocations of a probe exactly. */
    record State(Stack[] small, long[] poolStart, long[] poolNext, Map<Integer, Stack> large, long nextPool, long nextLarge) {}

    State save() {
        Stack[] small = new Stack[CLASSES];
        for (int i = 0; i < CLASSES; i++) {
            small[i] = smallFree[i] == null ? null : smallFree[i].copy();
        }
        Map<Integer, Stack> large = new HashMap<>();
        largeFree.forEach((k, v) -> large.put(k, v.copy()));
        return new State(small, poolStart.clone(), poolNext.clone(), large, nextPool, nextLarge);
    }

    void restore(State s) {
        for (int i = 0; i < CLASSES; i++) {
            smallFree[i] = s.small()[i] == null ? null : s.small()[i].copy();
        }
        System.arraycopy(s.poolStart(), 0, poolStart, 0, CLASSES);
        System.arraycopy(s.poolNext(), 0, poolNext, 0, CLASSES);
        largeFree.clear();
        s.large().forEach((k, v) -> largeFree.put(k, v.copy()));
        nextPool = s.nextPool();
        nextLarge = s.nextLarge();
    }
}
