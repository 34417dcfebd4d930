package heapquest.engine.heap;

/** The run exceeded the live-object limit: the runtime turns it into MemoryError. */
public final class HeapLimitError extends RuntimeException {
    public HeapLimitError(String message) {
        super(message, null, false, false);
    }
}
