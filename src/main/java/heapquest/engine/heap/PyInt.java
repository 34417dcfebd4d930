package heapquest.engine.heap;

import java.math.BigInteger;

/** int (and, through {@link PyBool}, bool). Values that fit a long avoid BigInteger. */
public class PyInt extends PyObject {
    public final long small;
    /** Non-null only when the value does not fit in a long. */
    public final BigInteger big;

    public PyInt(int serial, PyType type, long value) {
        super(serial, type);
        this.small = value;
        this.big = null;
    }

    public PyInt(int serial, PyType type, BigInteger value) {
        super(serial, type);
        if (value.bitLength() < 64) {
            this.small = value.longValue();
            this.big = null;
        } else {
            this.small = 0;
            this.big = value;
        }
    }

    public boolean fitsLong() {
        return big == null;
    }

    public BigInteger bigValue() {
        return big != null ? big : BigInteger.valueOf(small);
    }

    @Override
    public long sizeof() {
        // 3.11: a 24-byte header and one 4-byte digit per 30 bits of magnitude (at least one).
        int bits = big != null ? big.abs().bitLength()
                : small == Long.MIN_VALUE ? 64 : 64 - Long.numberOfLeadingZeros(Math.abs(small));
        int digits = Math.max(1, (bits + 29) / 30);
        return 24 + 4L * digits;
    }

    @Override
    public String summary() {
        return big != null ? big.toString() : Long.toString(small);
    }
}
