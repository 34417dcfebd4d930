package heapquest.engine.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The event stream, packed: each event is an opcode byte followed by its fields as variable-length
 * integers (zig-zag for signed values), strings as indices into a string table. A typical loop step
 * costs a few dozen bytes instead of a few dozen objects.
 */
final class EventLog {
    static final int ALLOC = 1, ALLOC_TRACKED = 2, FREE = 3, REFCOUNT = 4, BOUND = 5, UNBOUND = 6, REFSET = 7,
            REFDEL = 8, ITEM_INS = 9, ITEM_DEL = 10, ITEM_REP = 11, TRACK = 12, WEAK_CLEARED = 13, CALLBACK = 14,
            FINALIZER = 15, RESURRECTED = 16, FRAME_IN = 17, FRAME_OUT = 18, GC_START = 19, GC_REACH = 20,
            GC_UNREACH = 21, GC_END = 22, PRINT = 23,
            /** An int allocation whose summary is its value, stored as a number. */
            ALLOC_INT = 24;

    /**
     * The bytes live in chunks of 2 MB rather than one growing array: a long run writes hundreds of
     * megabytes, and doubling an array copies (and faults in) all of it again at every growth.
     * Position p is byte p % CHUNK of chunk p / CHUNK; values may straddle two chunks. Only the first
     * chunk grows (from 4 KB), so that the many short runs stay small. Chunks are this large on
     * purpose: the JVM's G1 collector puts arrays of half a region (1-2 MB) or more straight into the
     * old generation, whereas smaller ones are copied by every young collection while the run lasts
     * (with 64 KB chunks that copying cost more than the growth it saved).
     */
    private static final int CHUNK_BITS = 21;
    private static final int CHUNK = 1 << CHUNK_BITS;
    private static final int FIRST_CHUNK = 4096;
    private static final int MAX_VARINT_BYTES = 10;

    private final List<byte[]> chunks = new ArrayList<>();
    private byte[] chunk = new byte[FIRST_CHUNK];
    /** Write position inside {@link #chunk}. */
    private int offset;
    private int size;
    private final List<String> strings = new ArrayList<>();
    private final Map<String, Integer> stringIndex = new HashMap<>();
    private long count;

    EventLog() {
        chunks.add(chunk);
    }

    int size() {
        return size;
    }

    long count() {
        return count;
    }

    long stringBytes() {
        long n = 0;
        for (String s : strings) {
            n += 40 + 2L * s.length();
        }
        return n;
    }

    void op(int opcode) {
        count++;
        put(opcode);
    }

    void put(long v) {
        long z = (v << 1) ^ (v >> 63);
        if (chunk.length - offset < MAX_VARINT_BYTES) {
            putStraddling(z);
            return;
        }
        byte[] c = chunk;
        int o = offset;
        while ((z & ~0x7FL) != 0) {
            c[o++] = (byte) ((z & 0x7F) | 0x80);
            z >>>= 7;
        }
        c[o++] = (byte) z;
        size += o - offset;
        offset = o;
    }

    /** The rare varint near the end of a chunk: byte by byte, moving to a new chunk when full. */
    private void putStraddling(long z) {
        while ((z & ~0x7FL) != 0) {
            putByte((byte) ((z & 0x7F) | 0x80));
            z >>>= 7;
        }
        putByte((byte) z);
    }

    private void putByte(byte b) {
        if (offset == chunk.length) {
            makeRoom();
        }
        chunk[offset++] = b;
        size++;
    }

    /** The current chunk is full: the first grows until it has CHUNK bytes, then a new one starts. */
    private void makeRoom() {
        if (chunk.length < CHUNK) {
            chunk = Arrays.copyOf(chunk, Math.min(chunk.length * 2, CHUNK));
            chunks.set(chunks.size() - 1, chunk);
            return;
        }
        chunk = new byte[CHUNK];
        chunks.add(chunk);
        offset = 0;
    }

    void str(String s) {
        if (s == null) {
            put(-1);
            return;
        }
        Integer i = stringIndex.get(s);
        if (i == null) {
            i = strings.size();
            strings.add(s);
            stringIndex.put(s, i);
        }
        put(i);
    }

    /** A string stored inline (values that rarely repeat, like an int's digits): no table entry. */
    void inline(String s) {
        if (s == null) {
            put(-1);
            return;
        }
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        put(b.length);
        for (int done = 0; done < b.length; ) {
            if (offset == chunk.length) {
                makeRoom();
            }
            int n = Math.min(b.length - done, chunk.length - offset);
            System.arraycopy(b, done, chunk, offset, n);
            offset += n;
            size += n;
            done += n;
        }
    }

    /** The log is complete: the last chunk gives back its unused room. */
    void trim() {
        chunk = Arrays.copyOf(chunk, offset);
        chunks.set(chunks.size() - 1, chunk);
    }

    /** Reads events from a position; not thread-safe, make one per use. */
    final class Reader {
        int pos;

        Reader(int pos) {
            this.pos = pos;
        }

        boolean more(int end) {
            return pos < end;
        }

        /** The chunk holding {@link #pos}, looked up again only when pos crosses into another. */
        private byte[] current;
        private int currentIndex = -1;

        private byte nextByte() {
            int index = pos >>> CHUNK_BITS;
            if (index != currentIndex) {
                current = chunks.get(index);
                currentIndex = index;
            }
            byte b = current[pos & (CHUNK - 1)];
            pos++;
            return b;
        }

        long get() {
            long z = 0;
            int shift = 0;
            while (true) {
                byte b = nextByte();
                z |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    break;
                }
                shift += 7;
            }
            return (z >>> 1) ^ -(z & 1);
        }

        int i() {
            return (int) get();
        }

        String s() {
            int i = i();
            return i < 0 ? null : strings.get(i);
        }

        String inline() {
            int n = i();
            if (n < 0) {
                return null;
            }
            byte[] b = new byte[n];
            for (int k = 0; k < n; k++) {
                b[k] = nextByte();
            }
            return new String(b, java.nio.charset.StandardCharsets.UTF_8);
        }

        List<Integer> ids() {
            int n = i();
            List<Integer> out = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                out.add(i());
            }
            return out;
        }

        Event next() {
            int op = i();
            switch (op) {
                case ALLOC:
                case ALLOC_TRACKED: {
                    int obj = i();
                    long addr = get();
                    String type = s();
                    return new Event.Allocated(obj, addr, type, inline());
                }
                case ALLOC_INT: {
                    int obj = i();
                    long addr = get();
                    String type = s();
                    return new Event.Allocated(obj, addr, type, Long.toString(get()));
                }
                case FREE: return new Event.Freed(i(), 0, "", Event.FreeCause.values()[i()]);
                case REFCOUNT: {
                    int obj = i();
                    int delta = i();
                    long n = get();
                    int reason = i();
                    return new Event.RefcountChanged(obj, delta, n, RefReason.values()[reason], s());
                }
                case BOUND: {
                    int f = i();
                    String name = s();
                    return new Event.Bound(f, name, i());
                }
                case UNBOUND: {
                    int f = i();
                    return new Event.Unbound(f, s(), -1);
                }
                case REFSET: {
                    int from = i();
                    String label = s();
                    int to = i();
                    return new Event.ReferenceSet(from, label, to, i() != 0);
                }
                case REFDEL: {
                    int from = i();
                    return new Event.ReferenceRemoved(from, s(), -1);
                }
                case ITEM_INS: return new Event.ItemInserted(i(), i(), i());
                case ITEM_DEL: return new Event.ItemRemoved(i(), i(), -1);
                case ITEM_REP: {
                    int seq = i();
                    int idx = i();
                    return new Event.ItemReplaced(seq, idx, -1, i());
                }
                case TRACK: return new Event.TrackingChanged(i(), i() != 0);
                case WEAK_CLEARED: return new Event.WeakrefCleared(i(), i());
                case CALLBACK: {
                    int w = i();
                    return new Event.CallbackStarted(w, s());
                }
                case FINALIZER: return new Event.FinalizerStarted(i());
                case RESURRECTED: return new Event.Resurrected(i());
                case FRAME_IN: {
                    int f = i();
                    return new Event.FrameEntered(f, s());
                }
                case FRAME_OUT: {
                    int f = i();
                    return new Event.FrameExited(f, s());
                }
                case GC_START: {
                    int g = i();
                    return new Event.GcStarted(g, ids());
                }
                case GC_REACH: return new Event.GcReachable(ids());
                case GC_UNREACH: return new Event.GcUnreachable(ids());
                case GC_END: return new Event.GcFinished(i(), i(), i());
                case PRINT: {
                    String text = s();
                    return new Event.Printed(text, i() != 0);
                }
                default:
                    throw new IllegalStateException("corrupt event log: opcode " + op + " at " + (pos - 1));
            }
        }
    }
}
