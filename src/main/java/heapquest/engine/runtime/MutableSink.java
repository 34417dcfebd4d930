package heapquest.engine.runtime;

import heapquest.engine.trace.Event;
import heapquest.engine.trace.ProbeResult;
import heapquest.engine.trace.RefReason;
import heapquest.engine.trace.TraceSink;

/** Forwards events to the trace, except while muted (probe evaluation must leave no trace). */
public final class MutableSink implements TraceSink {
    private final TraceSink target;
    private boolean muted;

    public MutableSink(TraceSink target) {
        this.target = target;
    }

    void mute(boolean on) {
        muted = on;
    }

    @Override public void stepStarted(int line) { if (!muted) target.stepStarted(line); }
    @Override public void frameEntered(int frame, String function) { if (!muted) target.frameEntered(frame, function); }
    @Override public void frameExited(int frame, String function) { if (!muted) target.frameExited(frame, function); }
    @Override public void allocated(int obj, long address, String type, String summary, boolean gcTracked) { if (!muted) target.allocated(obj, address, type, summary, gcTracked); }
    @Override public void allocatedInt(int obj, long address, String type, long value) { if (!muted) target.allocatedInt(obj, address, type, value); }
    @Override public void allocatedStatic(int obj, long address, String type, String summary) { target.allocatedStatic(obj, address, type, summary); }
    @Override public void freed(int obj, Event.FreeCause cause) { if (!muted) target.freed(obj, cause); }
    @Override public void refcount(int obj, int delta, long newCount, RefReason reason, String detail) { if (!muted) target.refcount(obj, delta, newCount, reason, detail); }
    @Override public void bound(int frame, String name, int obj) { if (!muted) target.bound(frame, name, obj); }
    @Override public void unbound(int frame, String name) { if (!muted) target.unbound(frame, name); }
    @Override public void referenceSet(int from, String label, int to, boolean weak) { if (!muted) target.referenceSet(from, label, to, weak); }
    @Override public void referenceRemoved(int from, String label) { if (!muted) target.referenceRemoved(from, label); }
    @Override public void itemInserted(int seq, int index, int to) { if (!muted) target.itemInserted(seq, index, to); }
    @Override public void itemRemoved(int seq, int index) { if (!muted) target.itemRemoved(seq, index); }
    @Override public void itemReplaced(int seq, int index, int to) { if (!muted) target.itemReplaced(seq, index, to); }
    @Override public void trackingChanged(int obj, boolean tracked) { if (!muted) target.trackingChanged(obj, tracked); }
    @Override public void weakrefCleared(int weakref, int t) { if (!muted) target.weakrefCleared(weakref, t); }
    @Override public void callbackStarted(int weakref, String function) { if (!muted) target.callbackStarted(weakref, function); }
    @Override public void finalizerStarted(int obj) { if (!muted) target.finalizerStarted(obj); }
    @Override public void resurrected(int obj) { if (!muted) target.resurrected(obj); }
    @Override public void gcStarted(int generation, int[] candidates) { if (!muted) target.gcStarted(generation, candidates); }
    @Override public void gcReachable(int[] objs) { if (!muted) target.gcReachable(objs); }
    @Override public void gcUnreachable(int[] objs) { if (!muted) target.gcUnreachable(objs); }
    @Override public void gcFinished(int generation, int collected, int uncollectable) { if (!muted) target.gcFinished(generation, collected, uncollectable); }
    @Override public void printed(String text, boolean toStderr) { if (!muted) target.printed(text, toStderr); }
    @Override public void probe(ProbeResult result) { target.probe(result); }
}
