package heapquest.engine.heap;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * How a dict or set finds a key: by value for the built-in hashable types (so 1, 1.0 and True are
 * one key, as in Python), by identity for everything else.
 */
public final class HashKey {
    private final Object value;

    private HashKey(Object value) {
        this.value = value;
    }

    /** Thrown for unhashable keys (list, dict, set); the runtime turns it into a TypeError. */
    public static final class Unhashable extends RuntimeException {
        public final String typeName;

        public Unhashable(String typeName) {
            super("unhashable type: '" + typeName + "'", null, false, false);
            this.typeName = typeName;
        }
    }

    public static HashKey ofString(String s) {
        return new HashKey(s);
    }

    public static HashKey of(PyObject o) {
        return new HashKey(valueOf(o));
    }

    private static Object valueOf(PyObject o) {
        if (o instanceof PyInt i) {
            return i.fitsLong() ? (Object) i.small : i.big;
        }
        if (o instanceof PyFloat f) {
            double d = f.value;
            if (!Double.isInfinite(d) && !Double.isNaN(d) && d == Math.rint(d)) {
                BigInteger b = new java.math.BigDecimal(d).toBigInteger();
                return b.bitLength() < 64 ? (Object) b.longValue() : b;
            }
            return Double.isNaN(d) ? (Object) new Identity(o) : (Object) d;
        }
        if (o instanceof PyStr s) {
            return s.value;
        }
        if (o instanceof PyTuple t) {
            Object[] parts = new Object[t.items.length];
            for (int i = 0; i < parts.length; i++) {
                parts[i] = valueOf(t.items[i]);
            }
            return new TupleKey(parts);
        }
        if (o instanceof PyList || o instanceof PyDict || o instanceof PySet) {
            throw new Unhashable(o.typeName());
        }
        return new Identity(o);
    }

    private record TupleKey(Object[] parts) {
        @Override
        public boolean equals(Object other) {
            return other instanceof TupleKey t && Arrays.equals(parts, t.parts);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(parts);
        }
    }

    private record Identity(PyObject o) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity i && i.o == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(o);
        }
    }

    /** CPython's hash of the value, for the built-in types whose hash is not randomised. */
    public long pythonHash() {
        if (value instanceof Long l) {
            return IntHash.hash(BigInteger.valueOf(l));
        }
        if (value instanceof BigInteger b) {
            return IntHash.hash(b);
        }
        return value.hashCode();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HashKey k && k.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** hash(int) in CPython: the value modulo 2**61 - 1, sign kept, -1 mapped to -2. */
    static final class IntHash {
        private static final BigInteger MODULUS = BigInteger.ONE.shiftLeft(61).subtract(BigInteger.ONE);

        static long hash(BigInteger v) {
            long h = v.abs().mod(MODULUS).longValue();
            if (v.signum() < 0) {
                h = -h;
            }
            return h == -1 ? -2 : h;
        }
    }
}
