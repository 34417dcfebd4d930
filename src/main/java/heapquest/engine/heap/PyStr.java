package heapquest.engine.heap;

/** str. Sizes follow CPython's compact representations (ASCII, Latin-1, UCS-2, UCS-4). */
public final class PyStr extends PyObject {
    public final String value;
    public boolean interned;
    /** Its label as a dict key ("['name']"), cached: module-level stores use it on every binding. */
    String label;

    public PyStr(int serial, PyType type, String value) {
        super(serial, type);
        this.value = value;
    }

    @Override
    public long sizeof() {
        int len = value.codePointCount(0, value.length());
        int max = value.codePoints().max().orElse(0);
        if (max < 128) {
            return 49L + len;
        } else if (max < 256) {
            return 73L + len;
        } else if (max < 65536) {
            return 74L + 2L * len;
        }
        return 76L + 4L * len;
    }

    @Override
    public String summary() {
        return Repr.strRepr(value);
    }
}
