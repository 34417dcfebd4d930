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
            GC_UNREACH = 21, GC_END = 22, PRINT = 23;

    private byte[] bytes = new byte[4096];
    private int size;
    private final List<String> strings = new ArrayList<>();
    private final Map<String, Integer> stringIndex = new HashMap<>();
    private long count;

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
        ensure(10);
        while ((z & ~0x7FL) != 0) {
            bytes[size++] = (byte) ((z & 0x7F) | 0x80);
            z >>>= 7;
        }
        bytes[size++] = (byte) z;
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
        ensure(b.length);
        System.arraycopy(b, 0, bytes, size, b.length);
        size += b.length;
    }

    private void ensure(int n) {
        if (size + n > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + n));
        }
    }

    void trim() {
        bytes = Arrays.copyOf(bytes, size);
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

        long get() {
            long z = 0;
            int shift = 0;
            while (true) {
                byte b = bytes[pos++];
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
            String s = new String(bytes, pos, n, java.nio.charset.StandardCharsets.UTF_8);
            pos += n;
            return s;
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
