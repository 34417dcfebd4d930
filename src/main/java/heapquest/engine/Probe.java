package heapquest.engine;

/**
 * A question put to a run: evaluate {@code expression} in the innermost frame just before (or just
 * after) the {@code occurrence}-th execution of {@code line} (1 = the first). The engine evaluates it
 * without leaving a trace of its own: no events, no change to ids the program sees afterwards.
 */
public record Probe(String id, int line, Timing timing, int occurrence, String expression) {

    public enum Timing { BEFORE, AFTER }

    public Probe {
        if (occurrence < 1) {
            throw new IllegalArgumentException("occurrence counts from 1");
        }
    }
}
