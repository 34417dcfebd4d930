package heapquest.engine.heap;

import heapquest.engine.trace.Event;
import heapquest.engine.trace.ProbeResult;
import heapquest.engine.trace.RefReason;
import heapquest.engine.trace.TraceSink;

import java.util.ArrayList;
import java.util.List;

/** A sink for heap tests: keeps the freed serials and GC results, ignores the rest. */
class NullSink implements TraceSink {
    final List<Integer> freed = new ArrayList<>();
    final List<Integer> cleared = new ArrayList<>();

    @Override public void stepStarted(int line) { }
    @Override public void frameEntered(int frame, String function) { }
    @Override public void frameExited(int frame, String function) { }
    @Override public void allocated(int obj, long address, String type, String summary, boolean gcTracked) { }
    @Override public void allocatedStatic(int obj, long address, String type, String summary) { }
    @Override public void freed(int obj, Event.FreeCause cause) { freed.add(obj); }
    @Override public void refcount(int obj, int delta, long newCount, RefReason reason, String detail) { }
    @Override public void bound(int frame, String name, int obj) { }
    @Override public void unbound(int frame, String name) { }
    @Override public void referenceSet(int from, String label, int to, boolean weak) { }
    @Override public void referenceRemoved(int from, String label) { }
    @Override public void itemInserted(int seq, int index, int to) { }
    @Override public void itemRemoved(int seq, int index) { }
    @Override public void itemReplaced(int seq, int index, int to) { }
    @Override public void trackingChanged(int obj, boolean tracked) { }
    @Override public void weakrefCleared(int weakref, int target) { cleared.add(weakref); }
    @Override public void callbackStarted(int weakref, String function) { }
    @Override public void finalizerStarted(int obj) { }
    @Override public void resurrected(int obj) { }
    @Override public void gcStarted(int generation, int[] candidates) { }
    @Override public void gcReachable(int[] objs) { }
    @Override public void gcUnreachable(int[] objs) { }
    @Override public void gcFinished(int generation, int collected, int uncollectable) { }
    @Override public void printed(String text, boolean toStderr) { }
    @Override public void probe(ProbeResult result) { }
}
