package heapquest.engine.runtime;

import heapquest.engine.Probe;
import heapquest.engine.heap.PyObject;
import heapquest.engine.syntax.Expr;
import heapquest.engine.trace.ProbeResult;
import heapquest.engine.trace.RefReason;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Evaluates the probes of a run at their points: before the n-th execution of a line, or after it
 * (at the next step in the same or an outer frame). The evaluation is muted: no events reach the
 * trace, no steps are counted, no automatic collection runs, and what it allocates is freed again
 * before the program goes on (so, with LIFO free lists, addresses the program sees are unchanged).
 */
public final class Probes {
    private final List<Probe> probes;
    private final Function<String, Expr> parser;
    private final Map<Integer, Integer> lineCounts = new HashMap<>();
    private final List<Pending> pending = new ArrayList<>();
    private final List<ProbeResult> results = new ArrayList<>();
    private final MutableSink sink;
    private int step;

    private record Pending(Probe probe, Frame frame, int depth) {}

    public Probes(List<Probe> probes, Function<String, Expr> parser, MutableSink sink) {
        this.probes = probes;
        this.parser = parser;
        this.sink = sink;
    }

    public List<ProbeResult> results() {
        return results;
    }

    /** Called before a new step starts: AFTER probes whose line has finished are due now. */
    void after(Interpreter in, Frame current) {
        if (pending.isEmpty()) {
            return;
        }
        List<Pending> due = new ArrayList<>();
        for (Pending p : pending) {
            if (current.depth <= p.depth) {
                due.add(p);
            }
        }
        pending.removeAll(due);
        for (Pending p : due) {
            evaluate(in, p.probe, current);
        }
    }

    /** Called when step {@code line} has started in frame f. */
    void before(Interpreter in, Frame f, int line) {
        step++;
        int n = lineCounts.merge(line, 1, Integer::sum);
        for (Probe p : probes) {
            if (p.line() == line && p.occurrence() == n) {
                if (p.timing() == Probe.Timing.BEFORE) {
                    evaluate(in, p, f);
                } else {
                    pending.add(new Pending(p, f, f.depth));
                }
            }
        }
    }

    /** At the end of the run, pending AFTER probes see the final state. */
    public void finish(Interpreter in) {
        for (Pending p : new ArrayList<>(pending)) {
            evaluate(in, p.probe, in.frame);
        }
        pending.clear();
    }

    private void evaluate(Interpreter in, Probe p, Frame f) {
        Frame saved = in.frame;
        boolean gcWas = in.heap.gc().isEnabled();
        in.frame = f;
        sink.mute(true);
        in.heap.gc().setEnabled(false);
        in.probing = true;
        // Objects a probe makes die in an order of their own; restoring the allocator afterwards
        // keeps every later address exactly what the program would have seen without the probe.
        Object allocator = in.heap.saveAllocator();
        try {
            Expr e = parser.apply(p.expression());
            PyObject v = in.eval(e);
            long rc = v.refcount() - 1;
            String type = v.typeName();
            results.add(new ProbeResult(p.id(), Math.max(0, step - 1), in.ops.repr(v), type, v.address(), v.serial,
                    rc, in.ops.truthy(v), null));
            in.heap.decref(v, RefReason.TEMPORARY, null);
        } catch (PyError err) {
            results.add(new ProbeResult(p.id(), Math.max(0, step - 1), null, null, 0, -1, 0, false,
                    in.ops.exceptionLine(err.exc)));
            in.heap.decref(err.exc, RefReason.EXCEPTION, null);
        } catch (RuntimeException err) {
            results.add(new ProbeResult(p.id(), Math.max(0, step - 1), null, null, 0, -1, 0, false,
                    err.getMessage() == null ? err.getClass().getSimpleName() : err.getMessage()));
        } finally {
            in.heap.restoreAllocator(allocator);
            in.probing = false;
            in.heap.gc().setEnabled(gcWas);
            sink.mute(false);
            in.frame = saved;
        }
    }
}
