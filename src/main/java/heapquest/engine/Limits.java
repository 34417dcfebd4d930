package heapquest.engine;

/**
 * Bounds on a run, so that untrusted programs cannot exhaust the host. Each one, when hit, stops the
 * program with a Python-like error (RecursionError, MemoryError, or a step-limit error).
 */
public record Limits(long maxSteps, int maxObjects, int maxDepth, int maxStringLength, int maxCollectionSize) {

    public static final Limits DEFAULT = new Limits(2_000_000, 200_000, 1000, 1_000_000, 1_000_000);

    public Limits withMaxSteps(long steps) {
        return new Limits(steps, maxObjects, maxDepth, maxStringLength, maxCollectionSize);
    }
}
