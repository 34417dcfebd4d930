package heapquest.engine.trace;

import java.util.ArrayList;
import java.util.List;

/**
 * The immutable trace: the packed event log indexed by step, and checkpoints of the replayed model
 * taken whenever enough events have passed, so rebuilding any step replays a bounded number of
 * events whether the viewer moves forwards or backwards.
 */
final class RecordedTrace implements Trace {
    /** Events replayed at most to rebuild a step; bounds both view time and checkpoint memory. */
    static final int EVENTS_PER_CHECKPOINT = 20_000;

    private final List<String> sourceLines;
    private final EventLog log;
    private final int[] stepStart;
    private final int[] stepLine;
    private final int[] stepStack;
    private final List<List<String>> stacks;
    private final String stdout;
    private final String stderr;
    private final int exitCode;
    private final List<ProbeResult> probes;
    /** checkpointStep[k] is the step whose state-before checkpoint k holds. */
    private final List<HeapModel> checkpoints = new ArrayList<>();
    private final List<Integer> checkpointStep = new ArrayList<>();
    private final int[] outputAt;
    private long checkpointObjects;

    RecordedTrace(List<String> sourceLines, EventLog log, int[] stepStart, int[] stepLine, int[] stepStack,
                  List<List<String>> stacks, String stdout, String stderr, int exitCode, List<ProbeResult> probes,
                  HeapModel statics) {
        this.sourceLines = sourceLines;
        this.log = log;
        this.stepStart = stepStart;
        this.stepLine = stepLine;
        this.stepStack = stepStack;
        this.stacks = stacks;
        this.stdout = stdout;
        this.stderr = stderr;
        this.exitCode = exitCode;
        this.probes = probes;
        this.outputAt = new int[stepStart.length + 1];
        this.statics = statics;
    }

    private final HeapModel statics;
    private boolean indexed;

    /**
     * Replays the whole log once, keeping checkpoints, the first time a state is asked for: a run
     * that is only printed (heapquest run) never pays for it.
     */
    private synchronized void ensureCheckpoints() {
        if (indexed) {
            return;
        }
        indexed = true;
        HeapModel m = statics.copy();
        int lastCheckpointEvent = Integer.MIN_VALUE;
        for (int i = 0; i <= stepStart.length; i++) {
            int eventPos = i < stepStart.length ? stepStart[i] : log.size();
            // Space checkpoints by replay work, and never closer than the size of the heap they copy,
            // so their memory stays proportional to the log's.
            long spacing = Math.max(EVENTS_PER_CHECKPOINT * 4L, m.objects.size() * 64L);
            if (i == 0 || eventPos - lastCheckpointEvent >= spacing) {
                checkpoints.add(m.copy());
                checkpointStep.add(i);
                checkpointObjects += m.objects.size();
                lastCheckpointEvent = eventPos;
            }
            outputAt[i] = m.outputLength;
            if (i < stepStart.length) {
                replay(m, i);
            }
        }
    }

    private int end(int i) {
        return i + 1 < stepStart.length ? stepStart[i + 1] : log.size();
    }

    /** Applies step i: its line marker, then its events (step 0 also takes the events before it). */
    private void replay(HeapModel m, int i) {
        if (i == 0) {
            applyRange(m, 0, stepStart[0]);
        }
        m.stepStarted(stepLine[i]);
        applyRange(m, stepStart[i], end(i));
    }

    private void applyRange(HeapModel m, int from, int to) {
        EventLog.Reader r = log.new Reader(from);
        while (r.more(to)) {
            m.apply(r.next());
        }
    }

    @Override
    public List<String> sourceLines() {
        return sourceLines;
    }

    @Override
    public int stepCount() {
        return stepStart.length;
    }

    @Override
    public Step step(int index) {
        List<Event> events = new ArrayList<>();
        EventLog.Reader r = log.new Reader(stepStart[index]);
        int to = end(index);
        while (r.more(to)) {
            events.add(r.next());
        }
        return new Step(index, stepLine[index], stacks.get(stepStack[index]), List.copyOf(events));
    }

    /** Events before the first step: the module frame, constants, code objects. */
    List<Event> prelude() {
        List<Event> events = new ArrayList<>();
        EventLog.Reader r = log.new Reader(0);
        int to = stepStart.length > 0 ? stepStart[0] : log.size();
        while (r.more(to)) {
            events.add(r.next());
        }
        return events;
    }

    @Override
    public HeapState stateBefore(int index) {
        if (index < 0 || index > stepStart.length) {
            throw new IndexOutOfBoundsException("step " + index + " of " + stepStart.length);
        }
        ensureCheckpoints();
        int k = checkpointStep.size() - 1;
        while (checkpointStep.get(k) > index) {
            k--;
        }
        HeapModel m = checkpoints.get(k).copy();
        for (int i = checkpointStep.get(k); i < index; i++) {
            replay(m, i);
        }
        if (index == 0 && stepStart.length > 0) {
            applyRange(m, 0, stepStart[0]);
        }
        if (index < stepStart.length) {
            m.stepStarted(stepLine[index]);
        }
        m.invalidate();
        return m.snapshot(index, stdout.substring(0, Math.min(outputAt[index], stdout.length())));
    }

    @Override
    public List<Integer> stepsAtLine(int line) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < stepLine.length; i++) {
            if (stepLine[i] == line) {
                out.add(i);
            }
        }
        return out;
    }

    @Override
    public String output() {
        return stdout;
    }

    @Override
    public String errorOutput() {
        return stderr;
    }

    @Override
    public int exitCode() {
        return exitCode;
    }

    @Override
    public List<ProbeResult> probes() {
        return probes;
    }

    @Override
    public TraceStats stats() {
        ensureCheckpoints();
        // A checkpointed object costs roughly its header, two small collections and a map entry.
        return new TraceStats(stepStart.length, log.count(), log.size() + 12L * stepStart.length + log.stringBytes(),
                checkpointObjects * 160, checkpoints.size());
    }
}
