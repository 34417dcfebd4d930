package heapquest.engine.heap;

public final class PyRange extends PyObject {
    public final long start;
    public final long stop;
    public final long step;

    public PyRange(int serial, PyType type, long start, long stop, long step) {
        super(serial, type);
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    public long length() {
        if (step > 0) {
            return start < stop ? (stop - start + step - 1) / step : 0;
        }
        return start > stop ? (start - stop - step - 1) / -step : 0;
    }

    public long at(long i) {
        return start + i * step;
    }

    @Override
    public long sizeof() {
        return 48;
    }

    @Override
    public String summary() {
        return step == 1 ? "range(" + start + ", " + stop + ")" : "range(" + start + ", " + stop + ", " + step + ")";
    }
}
