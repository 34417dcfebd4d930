package heapquest.engine.trace;

/**
 * What the engine tells the trace as it runs. The engine calls these in the order things happen;
 * the implementation ({@link TraceRecorder}) stores them compactly and builds the immutable
 * {@link Trace}. Objects are named by serial number (assigned by the engine, never reused);
 * frames by frame id (0 is the module frame).
 */
public interface TraceSink {

    /** A new step: the interpreter is about to execute {@code line} in the innermost frame. */
    void stepStarted(int line);

    void frameEntered(int frame, String function);

    void frameExited(int frame, String function);

    /**
     * A new object. summary is its repr (cut to a reasonable length) for scalar values (int, float,
     * str, bool, None, range, function, class...), or null for containers, whose summary views derive
     * from their references.
     */
    void allocated(int obj, long address, String type, String summary, boolean gcTracked);

    /**
     * A new int that fits in a long; its summary is {@code Long.toString(value)}. Ints are the most
     * allocated objects of a loop, so the recorder may keep the number rather than its text.
     */
    default void allocatedInt(int obj, long address, String type, long value) {
        allocated(obj, address, type, Long.toString(value), false);
    }

    /** A static object (small int, None, True, a built-in type...): fixed address, never freed. */
    void allocatedStatic(int obj, long address, String type, String summary);

    void freed(int obj, Event.FreeCause cause);

    void refcount(int obj, int delta, long newCount, RefReason reason, String detail);

    void bound(int frame, String name, int obj);

    void unbound(int frame, String name);

    /** A keyed reference: attribute ".x", dict entry "['k']", cell "cell_contents", "__self__"... */
    void referenceSet(int from, String label, int to, boolean weak);

    void referenceRemoved(int from, String label);

    void itemInserted(int seq, int index, int to);

    void itemRemoved(int seq, int index);

    void itemReplaced(int seq, int index, int to);

    void trackingChanged(int obj, boolean tracked);

    void weakrefCleared(int weakref, int target);

    void callbackStarted(int weakref, String function);

    void finalizerStarted(int obj);

    void resurrected(int obj);

    void gcStarted(int generation, int[] candidates);

    void gcReachable(int[] objs);

    void gcUnreachable(int[] objs);

    void gcFinished(int generation, int collected, int uncollectable);

    void printed(String text, boolean toStderr);

    void probe(ProbeResult result);
}
