package heapquest.engine.heap;

import java.util.ArrayDeque;
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

    private final Map<Integer, ArrayDeque<Long>> freeBlocks = new HashMap<>();
    private final Map<Integer, long[]> currentPool = new HashMap<>();
    private long nextPool = ARENA_BASE;
    private long nextLarge = LARGE_BASE;

    static int sizeClass(long bytes) {
        long rounded = (Math.max(bytes, 16) + 15) & ~15L;
        return rounded > SMALL_LIMIT ? (int) Math.min(rounded, Integer.MAX_VALUE) : (int) rounded;
    }

    /** Returns the block address for a request of the given size. */
    long allocate(long bytes) {
        int cls = sizeClass(bytes);
        ArrayDeque<Long> free = freeBlocks.get(cls);
        if (free != null && !free.isEmpty()) {
            return free.pop();
        }
        if (cls > SMALL_LIMIT) {
            long addr = nextLarge;
            nextLarge += (cls + 4095) & ~4095L;
            return addr;
        }
        long[] pool = currentPool.get(cls);
        if (pool == null || pool[1] + cls > pool[0] + POOL_SIZE) {
            pool = new long[] {nextPool, nextPool + POOL_HEADER};
            nextPool += POOL_SIZE;
            currentPool.put(cls, pool);
        }
        long addr = pool[1];
        pool[1] += cls;
        return addr;
    }

    /** A copy of the allocator's state, to undo the allocations of a probe exactly. */
    record State(Map<Integer, ArrayDeque<Long>> free, Map<Integer, long[]> pools, long nextPool, long nextLarge) {}

    State save() {
        Map<Integer, ArrayDeque<Long>> f = new HashMap<>();
        freeBlocks.forEach((k, v) -> f.put(k, new ArrayDeque<>(v)));
        Map<Integer, long[]> p = new HashMap<>();
        currentPool.forEach((k, v) -> p.put(k, v.clone()));
        return new State(f, p, nextPool, nextLarge);
    }

    void restore(State s) {
        freeBlocks.clear();
        s.free().forEach((k, v) -> freeBlocks.put(k, new ArrayDeque<>(v)));
        currentPool.clear();
        s.pools().forEach((k, v) -> currentPool.put(k, v.clone()));
        nextPool = s.nextPool();
        nextLarge = s.nextLarge();
    }

    void free(long block, long bytes) {
        freeBlocks.computeIfAbsent(sizeClass(bytes), k -> new ArrayDeque<>()).push(block);
    }
}
