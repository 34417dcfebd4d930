package heapquest.engine.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Records a run as a log of events grouped by step, with periodic checkpoints of the replayed model
 * so any step's state is rebuilt by replaying at most one checkpoint interval. Refcount changes of
 * stack temporaries are folded into the next stored event's absolute count instead of being stored.
 */
public final class TraceRecorder implements TraceSink {
    static final int CHECKPOINT_EVERY = 256;

    private final List<String> sourceLines;
    private final List<Event> events = new ArrayList<>();
    private int[] stepStart = new int[1024];
    private int[] stepLine = new int[1024];
    private int steps;
    private final List<String[]> stacks = new ArrayList<>();
    private final List<String> stack = new ArrayList<>();
    private String[] currentStack = new String[0];
    private final StringBuilder stdout = new StringBuilder();
    private final StringBuilder stderr = new StringBuilder();
    private final List<ProbeResult> probes = new ArrayList<>();
    private final HeapModel statics = new HeapModel();
    /** Objects whose count changed through a temporary since their last stored refcount event. */
    private final java.util.Map<Integer, Long> pendingCounts = new java.util.LinkedHashMap<>();

    public TraceRecorder(List<String> sourceLines) {
        this.sourceLines = List.copyOf(sourceLines);
    }

    private void add(Event e) {
        events.add(e);
    }

    private void flushCounts() {
        for (var e : pendingCounts.entrySet()) {
            events.add(new Event.RefcountChanged(e.getKey(), 0, e.getValue(), RefReason.TEMPORARY, null));
        }
        pendingCounts.clear();
    }

    @Override
    public void stepStarted(int line) {
        flushCounts();
        if (steps == stepStart.length) {
            stepStart = Arrays.copyOf(stepStart, steps * 2);
            stepLine = Arrays.copyOf(stepLine, steps * 2);
        }
        stepStart[steps] = events.size();
        stepLine[steps] = line;
        if (stacks.isEmpty() || !Arrays.equals(stacks.get(stacks.size() - 1), stackArray())) {
            currentStack = stackArray();
        }
        stacks.add(currentStack);
        steps++;
    }

    private String[] stackArray() {
        return stack.toArray(new String[0]);
    }

    @Override
    public void frameEntered(int frame, String function) {
        stack.add(function);
        add(new Event.FrameEntered(frame, function));
    }

    @Override
    public void frameExited(int frame, String function) {
        if (!stack.isEmpty()) {
            stack.remove(stack.size() - 1);
        }
        add(new Event.FrameExited(frame, function));
    }

    @Override
    public void allocated(int obj, long address, String type, String summary, boolean gcTracked) {
        add(new Event.Allocated(obj, address, type, summary));
        add(new Event.RefcountChanged(obj, 1, 1, RefReason.TEMPORARY, null));
        if (gcTracked) {
            add(new Event.TrackingChanged(obj, true));
        }
    }

    @Override
    public void allocatedStatic(int obj, long address, String type, String summary) {
        statics.allocateStatic(obj, address, type, summary);
    }

    @Override
    public void freed(int obj, Event.FreeCause cause) {
        pendingCounts.remove(obj);
        add(new Event.Freed(obj, 0, "", cause));
    }

    @Override
    public void refcount(int obj, int delta, long newCount, RefReason reason, String detail) {
        if (reason == RefReason.TEMPORARY || reason == RefReason.INTERNAL) {
            pendingCounts.put(obj, newCount);
        } else {
            pendingCounts.remove(obj);
            add(new Event.RefcountChanged(obj, delta, newCount, reason, detail));
        }
    }

    @Override
    public void bound(int frame, String name, int obj) {
        add(new Event.Bound(frame, name, obj));
    }

    @Override
    public void unbound(int frame, String name) {
        add(new Event.Unbound(frame, name, -1));
    }

    @Override
    public void referenceSet(int from, String label, int to, boolean weak) {
        add(new Event.ReferenceSet(from, label, to, weak));
    }

    @Override
    public void referenceRemoved(int from, String label) {
        add(new Event.ReferenceRemoved(from, label, -1));
    }

    @Override
    public void itemInserted(int seq, int index, int to) {
        add(new Event.ItemInserted(seq, index, to));
    }

    @Override
    public void itemRemoved(int seq, int index) {
        add(new Event.ItemRemoved(seq, index, -1));
    }

    @Override
    public void itemReplaced(int seq, int index, int to) {
        add(new Event.ItemReplaced(seq, index, -1, to));
    }

    @Override
    public void trackingChanged(int obj, boolean tracked) {
        add(new Event.TrackingChanged(obj, tracked));
    }

    @Override
    public void weakrefCleared(int weakref, int target) {
        add(new Event.WeakrefCleared(weakref, target));
    }

    @Override
    public void callbackStarted(int weakref, String function) {
        add(new Event.CallbackStarted(weakref, function));
    }

    @Override
    public void finalizerStarted(int obj) {
        add(new Event.FinalizerStarted(obj));
    }

    @Override
    public void resurrected(int obj) {
        add(new Event.Resurrected(obj));
    }

    @Override
    public void gcStarted(int generation, int[] candidates) {
        add(new Event.GcStarted(generation, boxed(candidates)));
    }

    @Override
    public void gcReachable(int[] objs) {
        add(new Event.GcReachable(boxed(objs)));
    }

    @Override
    public void gcUnreachable(int[] objs) {
        add(new Event.GcUnreachable(boxed(objs)));
    }

    @Override
    public void gcFinished(int generation, int collected, int uncollectable) {
        add(new Event.GcFinished(generation, collected, uncollectable));
    }

    private static List<Integer> boxed(int[] a) {
        return Arrays.stream(a).boxed().toList();
    }

    @Override
    public void printed(String text, boolean toStderr) {
        (toStderr ? stderr : stdout).append(text);
        add(new Event.Printed(text, toStderr));
    }

    @Override
    public void probe(ProbeResult result) {
        probes.add(result);
    }

    public Trace finish(int exitCode) {
        flushCounts();
        return new RecordedTrace(sourceLines, List.copyOf(events), Arrays.copyOf(stepStart, steps),
                Arrays.copyOf(stepLine, steps), stacks, stdout.toString(), stderr.toString(), exitCode,
                List.copyOf(probes), statics);
    }
}
