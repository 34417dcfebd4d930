package heapquest.engine.trace;

import java.util.ArrayList;
import java.util.List;

/** The immutable trace: events by step plus checkpoints of the replayed model. */
final class RecordedTrace implements Trace {
    private final List<String> sourceLines;
    private final List<Event> events;
    private final int[] stepStart;
    private final int[] stepLine;
    private final List<String[]> stacks;
    private final String stdout;
    private final String stderr;
    private final int exitCode;
    private final List<ProbeResult> probes;
    private final List<HeapModel> checkpoints = new ArrayList<>();
    private final int[] outputAt;

    RecordedTrace(List<String> sourceLines, List<Event> events, int[] stepStart, int[] stepLine, List<String[]> stacks,
                  String stdout, String stderr, int exitCode, List<ProbeResult> probes, HeapModel statics) {
        this.sourceLines = sourceLines;
        this.events = events;
        this.stepStart = stepStart;
        this.stepLine = stepLine;
        this.stacks = stacks;
        this.stdout = stdout;
        this.stderr = stderr;
        this.exitCode = exitCode;
        this.probes = probes;
        this.outputAt = new int[stepStart.length + 1];
        HeapModel m = statics.copy();
        for (int i = 0; i <= stepStart.length; i++) {
            if (i % TraceRecorder.CHECKPOINT_EVERY == 0) {
                checkpoints.add(m.copy());
            }
            outputAt[i] = m.outputLength;
            if (i < stepStart.length) {
                replay(m, i);
            }
        }
    }

    /** Applies the events that come before step i+1 starts: step i's line marker, then its events. */
    private void replay(HeapModel m, int i) {
        int from = i == 0 ? 0 : stepStart[i];
        if (i == 0) {
            for (int e = 0; e < stepStart[0]; e++) {
                m.apply(events.get(e));
            }
            from = stepStart[0];
        }
        m.stepStarted(stepLine[i]);
        int to = i + 1 < stepStart.length ? stepStart[i + 1] : events.size();
        for (int e = from; e < to; e++) {
            m.apply(events.get(e));
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
        int from = stepStart[index];
        int to = index + 1 < stepStart.length ? stepStart[index + 1] : events.size();
        return new Step(index, stepLine[index], List.of(stacks.get(index)), events.subList(from, to));
    }

    /**
     * State just before step {@code index} runs: everything before it has happened, and the frame
     * shows the line about to run.
     */
    @Override
    public HeapState stateBefore(int index) {
        if (index < 0 || index > stepStart.length) {
            throw new IndexOutOfBoundsException("step " + index + " of " + stepStart.length);
        }
        int cp = index / TraceRecorder.CHECKPOINT_EVERY;
        HeapModel m = checkpoints.get(cp).copy();
        for (int i = cp * TraceRecorder.CHECKPOINT_EVERY; i < index; i++) {
            replay(m, i);
        }
        if (index == 0 && stepStart.length > 0) {
            for (int e = 0; e < stepStart[0]; e++) {
                m.apply(events.get(e));
            }
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
        return new TraceStats(stepStart.length, events.size(), events.size() * 32L,
                checkpoints.size() * 1024L, checkpoints.size());
    }
}
