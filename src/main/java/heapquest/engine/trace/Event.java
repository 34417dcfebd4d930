package heapquest.engine.trace;

import java.util.List;

/**
 * One thing that happened inside a step. Objects are named by their serial number (unique for the
 * whole run, unlike addresses, which the allocator reuses); frames by their frame id.
 */
public sealed interface Event {

    record Allocated(int obj, long address, String type, String summary) implements Event {}

    record Freed(int obj, long address, String type, FreeCause cause) implements Event {}

    /** A name in a frame now refers to obj (replacing whatever it referred to). */
    record Bound(int frame, String name, int obj) implements Event {}

    record Unbound(int frame, String name, int obj) implements Event {}

    /** A strong reference count changed; newCount is the count after the change. */
    record RefcountChanged(int obj, int delta, long newCount, RefReason reason, String detail) implements Event {}

    /** A labelled reference from one object to another was created or replaced ("[0]", ".name", "['k']"). */
    record ReferenceSet(int from, String label, int to, boolean weak) implements Event {}

    record ReferenceRemoved(int from, String label, int to) implements Event {}

    /** Sequence slots (list, tuple) shift on insert and remove, so they have events of their own. */
    record ItemInserted(int seq, int index, int to) implements Event {}

    record ItemRemoved(int seq, int index, int to) implements Event {}

    record ItemReplaced(int seq, int index, int old, int to) implements Event {}

    /** The object is now tracked (or no longer tracked) by the cyclic collector. */
    record TrackingChanged(int obj, boolean tracked) implements Event {}

    /** Weak reference {@code weakref} to {@code target} is now dead. */
    record WeakrefCleared(int weakref, int target) implements Event {}

    /** A weakref callback or weakref.finalize callback is about to run for {@code weakref}. */
    record CallbackStarted(int weakref, String function) implements Event {}

    /** {@code __del__} of obj is about to run. */
    record FinalizerStarted(int obj) implements Event {}

    /** obj's finalizer stored a new reference to it: it lives on. */
    record Resurrected(int obj) implements Event {}

    record FrameEntered(int frame, String function) implements Event {}

    record FrameExited(int frame, String function) implements Event {}

    /** The cyclic collector starts on generations 0..generation. */
    record GcStarted(int generation, List<Integer> candidates) implements Event {}

    /** Objects found reachable from outside the candidates, in the order the mark reached them. */
    record GcReachable(List<Integer> objs) implements Event {}

    /** Objects found unreachable (the garbage of this collection). */
    record GcUnreachable(List<Integer> objs) implements Event {}

    record GcFinished(int generation, int collected, int uncollectable) implements Event {}

    /** Text written to standard output (print) or, when toStderr, to standard error. */
    record Printed(String text, boolean toStderr) implements Event {}

    enum FreeCause { REFCOUNT, GC }
}
