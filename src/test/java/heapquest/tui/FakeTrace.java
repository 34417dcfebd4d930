package heapquest.tui;

import heapquest.engine.trace.Event;
import heapquest.engine.trace.HeapState;
import heapquest.engine.trace.ProbeResult;
import heapquest.engine.trace.Step;
import heapquest.engine.trace.Trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A Trace built by hand, step by step: the state before each step, then the final state. */
public final class FakeTrace implements Trace {
    private final List<String> source;
    private final List<Step> steps = new ArrayList<>();
    private final List<HeapState> states = new ArrayList<>();
    private String err = "";
    private int exit = 0;

    public FakeTrace(String... source) {
        this.source = List.of(source);
    }

    /** A step running line, with the state before it and the events while it runs. */
    public FakeTrace step(int line, HeapState before, Event... events) {
        steps.add(new Step(steps.size(), line, List.of("<module>"), Arrays.asList(events)));
        states.add(before);
        return this;
    }

    public FakeTrace end(HeapState last) {
        states.add(last);
        return this;
    }

    public FakeTrace failing(String stderr) {
        this.err = stderr;
        this.exit = 1;
        return this;
    }

    @Override
    public List<String> sourceLines() {
        return source;
    }

    @Override
    public int stepCount() {
        return steps.size();
    }

    @Override
    public Step step(int index) {
        return steps.get(index);
    }

    @Override
    public HeapState stateBefore(int index) {
        return states.get(index);
    }

    @Override
    public List<Integer> stepsAtLine(int line) {
        List<Integer> out = new ArrayList<>();
        for (Step s : steps) {
            if (s.line() == line) {
                out.add(s.index());
            }
        }
        return out;
    }

    @Override
    public String output() {
        return states.get(states.size() - 1).output();
    }

    @Override
    public String errorOutput() {
        return err;
    }

    @Override
    public int exitCode() {
        return exit;
    }

    @Override
    public List<ProbeResult> probes() {
        return List.of();
    }

    @Override
    public TraceStats stats() {
        return new TraceStats(steps.size(), 0, 0, 0, 0);
    }

    static Event.Freed freed(int obj, Event.FreeCause cause) {
        return new Event.Freed(obj, 0, "?", cause);
    }
}
