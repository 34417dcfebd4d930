package heapquest.engine.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Records a run as a packed log of changes ({@link EventLog}), one index entry per step. Refcount
 * changes of stack temporaries are not stored one by one: the object's final count is stored when
 * the next step starts, so every step boundary still shows exact counts.
 */
public final class TraceRecorder implements TraceSink {
    private final List<String> sourceLines;
    private final EventLog log = new EventLog();
    private int[] stepStart = new int[1024];
    private int[] stepLine = new int[1024];
    private int[] stepStack = new int[1024];
    private int steps;
    private final List<List<String>> stacks = new ArrayList<>();
    private final Map<List<String>, Integer> stackIndex = new HashMap<>();
    private final List<String> stack = new ArrayList<>();
    private int currentStack = -1;
    private final StringBuilder stdout = new StringBuilder();
    private final StringBuilder stderr = new StringBuilder();
    private final List<ProbeResult> probes = new ArrayList<>();
    private final Map<Integer, HeapModel.Obj> statics = new HashMap<>();
    private final HeapModel staticModel = new HeapModel(statics);
    private final PendingCounts pendingCounts = new PendingCounts();

    public TraceRecorder(List<String> sourceLines) {
        this.sourceLines = List.copyOf(sourceLines);
    }

    private void flushCounts() {
        for (int i = 0; i < pendingCounts.size(); i++) {
            int obj = pendingCounts.objAt(i);
            if (obj < 0) {
                continue;
            }
            log.op(EventLog.REFCOUNT);
            log.put(obj);
            log.put(0);
            log.put(pendingCounts.countAt(i));
            log.put(RefReason.TEMPORARY.ordinal());
            log.str(null);
        }
        pendingCounts.clear();
    }

    @Override
    public void stepStarted(int line) {
        flushCounts();
        if (steps == stepStart.length) {
            stepStart = Arrays.copyOf(stepStart, steps * 2);
            stepLine = Arrays.copyOf(stepLine, steps * 2);
            stepStack = Arrays.copyOf(stepStack, steps * 2);
        }
        if (currentStack < 0) {
            List<String> key = List.copyOf(stack);
            currentStack = stackIndex.computeIfAbsent(key, k -> {
                stacks.add(k);
                return stacks.size() - 1;
            });
        }
        stepStart[steps] = log.size();
        stepLine[steps] = line;
        stepStack[steps] = currentStack;
        steps++;
    }

    @Override
    public void frameEntered(int frame, String function) {
        stack.add(function);
        currentStack = -1;
        log.op(EventLog.FRAME_IN);
        log.put(frame);
        log.str(function);
    }

    @Override
    public void frameExited(int frame, String function) {
        if (!stack.isEmpty()) {
            stack.remove(stack.size() - 1);
        }
        currentStack = -1;
        log.op(EventLog.FRAME_OUT);
        log.put(frame);
        log.str(function);
    }

    @Override
    public void allocated(int obj, long address, String type, String summary, boolean gcTracked) {
        allocation(EventLog.ALLOC, obj, address, type);
        log.inline(summary);
        if (gcTracked) {
            trackingChanged(obj, true);
        }
    }

    @Override
    public void allocatedInt(int obj, long address, String type, long value) {
        allocation(EventLog.ALLOC_INT, obj, address, type);
        log.put(value);
    }

    /** What both kinds of allocation event start with; the summary follows. */
    private void allocation(int opcode, int obj, long address, String type) {
        log.op(opcode);
        log.put(obj);
        log.put(address);
        log.str(type);
    }

    @Override
    public void allocatedStatic(int obj, long address, String type, String summary) {
        staticModel.allocateStatic(obj, address, type, summary);
    }

    @Override
    public void freed(int obj, Event.FreeCause cause) {
        pendingCounts.remove(obj);
        log.op(EventLog.FREE);
        log.put(obj);
        log.put(cause.ordinal());
    }

    @Override
    public void refcount(int obj, int delta, long newCount, RefReason reason, String detail) {
        if (reason == RefReason.TEMPORARY || reason == RefReason.INTERNAL) {
            pendingCounts.put(obj, newCount);
            return;
        }
        pendingCounts.remove(obj);
        log.op(EventLog.REFCOUNT);
        log.put(obj);
        log.put(delta);
        log.put(newCount);
        log.put(reason.ordinal());
        log.str(detail);
    }

    @Override
    public void bound(int frame, String name, int obj) {
        log.op(EventLog.BOUND);
        log.put(frame);
        log.str(name);
        log.put(obj);
    }

    @Override
    public void unbound(int frame, String name) {
        log.op(EventLog.UNBOUND);
        log.put(frame);
        log.str(name);
    }

    @Override
    public void referenceSet(int from, String label, int to, boolean weak) {
        log.op(EventLog.REFSET);
        log.put(from);
        log.str(label);
        log.put(to);
        log.put(weak ? 1 : 0);
    }

    @Override
    public void referenceRemoved(int from, String label) {
        log.op(EventLog.REFDEL);
        log.put(from);
        log.str(label);
    }

    @Override
    public void itemInserted(int seq, int index, int to) {
        log.op(EventLog.ITEM_INS);
        log.put(seq);
        log.put(index);
        log.put(to);
    }

    @Override
    public void itemRemoved(int seq, int index) {
        log.op(EventLog.ITEM_DEL);
        log.put(seq);
        log.put(index);
    }

    @Override
    public void itemReplaced(int seq, int index, int to) {
        log.op(EventLog.ITEM_REP);
        log.put(seq);
        log.put(index);
        log.put(to);
    }

    @Override
    public void trackingChanged(int obj, boolean tracked) {
        log.op(EventLog.TRACK);
        log.put(obj);
        log.put(tracked ? 1 : 0);
    }

    @Override
    public void weakrefCleared(int weakref, int target) {
        log.op(EventLog.WEAK_CLEARED);
        log.put(weakref);
        log.put(target);
    }

    @Override
    public void callbackStarted(int weakref, String function) {
        log.op(EventLog.CALLBACK);
        log.put(weakref);
        log.str(function);
    }

    @Override
    public void finalizerStarted(int obj) {
        log.op(EventLog.FINALIZER);
        log.put(obj);
    }

    @Override
    public void resurrected(int obj) {
        log.op(EventLog.RESURRECTED);
        log.put(obj);
    }

    private void ids(int[] objs) {
        log.put(objs.length);
        for (int o : objs) {
            log.put(o);
        }
    }

    @Override
    public void gcStarted(int generation, int[] candidates) {
        log.op(EventLog.GC_START);
        log.put(generation);
        ids(candidates);
    }

    @Override
    public void gcReachable(int[] objs) {
        log.op(EventLog.GC_REACH);
        ids(objs);
    }

    @Override
    public void gcUnreachable(int[] objs) {
        log.op(EventLog.GC_UNREACH);
        ids(objs);
    }

    @Override
    public void gcFinished(int generation, int collected, int uncollectable) {
        log.op(EventLog.GC_END);
        log.put(generation);
        log.put(collected);
        log.put(uncollectable);
    }

    @Override
    public void printed(String text, boolean toStderr) {
        (toStderr ? stderr : stdout).append(text);
        log.op(EventLog.PRINT);
        log.str(text);
        log.put(toStderr ? 1 : 0);
    }

    @Override
    public void probe(ProbeResult result) {
        probes.add(result);
    }

    public Trace finish(int exitCode) {
        flushCounts();
        log.trim();
        return new RecordedTrace(sourceLines, log, Arrays.copyOf(stepStart, steps), Arrays.copyOf(stepLine, steps),
                Arrays.copyOf(stepStack, steps), List.copyOf(stacks), stdout.toString(), stderr.toString(), exitCode,
                List.copyOf(probes), staticModel);
    }
}
