package heapquest.engine.trace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The trace as a readable log: one block per step, one line per event. */
public final class TraceText {
    private TraceText() {
    }

    public static void render(Trace trace, Appendable out) {
        try {
            new Writer(trace, out).write();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Writer {
        private final Trace trace;
        private final Appendable out;
        /** What each object is, so later lines can name it ("#41 elephant"). */
        private final Map<Integer, String> names = new HashMap<>();

        Writer(Trace trace, Appendable out) {
            this.trace = trace;
            this.out = out;
        }

        void write() throws IOException {
            for (ObjectView o : trace.stateBefore(0).objects()) {
                names.put(o.id(), o.type());
            }
            for (int i = 0; i < trace.stepCount(); i++) {
                Step s = trace.step(i);
                String code = s.line() >= 1 && s.line() <= trace.sourceLines().size()
                        ? trace.sourceLines().get(s.line() - 1).strip() : "";
                out.append(String.format("step %-5d line %-4d %-14s %s%n", i, s.line(),
                        s.callStack().isEmpty() ? "" : s.callStack().get(s.callStack().size() - 1), code));
                for (Event e : s.events()) {
                    String line = describe(e);
                    if (line != null) {
                        out.append("  ").append(line).append(System.lineSeparator());
                    }
                }
            }
            out.append(String.format("exit code %d%n", trace.exitCode()));
        }

        private String obj(int id) {
            String t = names.get(id);
            return "#" + id + (t == null ? "" : " " + t);
        }

        private String describe(Event e) {
            if (e instanceof Event.Allocated a) {
                names.put(a.obj(), a.type());
                return String.format("allocate  %s at 0x%x%s", obj(a.obj()), a.address(),
                        a.summary() == null ? "" : " = " + a.summary());
            }
            if (e instanceof Event.Freed f) {
                return String.format("free      %s (%s)", obj(f.obj()),
                        f.cause() == Event.FreeCause.GC ? "cyclic collector" : "refcount reached 0");
            }
            if (e instanceof Event.Bound b) {
                return String.format("bind      %s -> %s", b.name(), obj(b.obj()));
            }
            if (e instanceof Event.Unbound u) {
                return String.format("unbind    %s", u.name());
            }
            if (e instanceof Event.RefcountChanged r) {
                if (r.delta() == 0) {
                    return null;
                }
                return String.format("refcount  %s %d -> %d (%s%s)", obj(r.obj()), r.newCount() - r.delta(), r.newCount(),
                        r.reason().label, r.detail() == null ? "" : " " + r.detail());
            }
            if (e instanceof Event.ReferenceSet r) {
                return String.format("%s %s %s -> %s", r.weak() ? "weakref  " : "set      ", obj(r.from()), r.label(), obj(r.to()));
            }
            if (e instanceof Event.ReferenceRemoved r) {
                return String.format("remove    %s %s", obj(r.from()), r.label());
            }
            if (e instanceof Event.ItemInserted r) {
                return String.format("insert    %s [%d] -> %s", obj(r.seq()), r.index(), obj(r.to()));
            }
            if (e instanceof Event.ItemRemoved r) {
                return String.format("remove    %s [%d]", obj(r.seq()), r.index());
            }
            if (e instanceof Event.ItemReplaced r) {
                return String.format("replace   %s [%d] -> %s", obj(r.seq()), r.index(), obj(r.to()));
            }
            if (e instanceof Event.TrackingChanged t) {
                return String.format("gc        %s %s", obj(t.obj()), t.tracked() ? "tracked" : "untracked");
            }
            if (e instanceof Event.WeakrefCleared w) {
                return String.format("weakref   %s cleared (%s died)", obj(w.weakref()), obj(w.target()));
            }
            if (e instanceof Event.CallbackStarted c) {
                return String.format("callback  %s calls %s", obj(c.weakref()), c.function());
            }
            if (e instanceof Event.FinalizerStarted f) {
                return String.format("__del__   %s", obj(f.obj()));
            }
            if (e instanceof Event.Resurrected r) {
                return String.format("resurrect %s", obj(r.obj()));
            }
            if (e instanceof Event.FrameEntered f) {
                return String.format("call      %s (frame %d)", f.function(), f.frame());
            }
            if (e instanceof Event.FrameExited f) {
                return String.format("return    from %s (frame %d)", f.function(), f.frame());
            }
            if (e instanceof Event.GcStarted g) {
                return String.format("gc        collecting generation %d (%d objects)", g.generation(), g.candidates().size());
            }
            if (e instanceof Event.GcReachable g) {
                return String.format("gc        reachable: %s", ids(g.objs()));
            }
            if (e instanceof Event.GcUnreachable g) {
                return String.format("gc        unreachable: %s", ids(g.objs()));
            }
            if (e instanceof Event.GcFinished g) {
                return String.format("gc        done: %d unreachable", g.collected());
            }
            if (e instanceof Event.Printed p) {
                return String.format("%s %s", p.toStderr() ? "stderr   " : "print    ",
                        heapquest.engine.heap.Repr.strRepr(p.text()));
            }
            return e.toString();
        }

        private String ids(List<Integer> objs) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < objs.size() && i < 20; i++) {
                b.append(i == 0 ? "" : ", ").append(obj(objs.get(i)));
            }
            if (objs.size() > 20) {
                b.append(", … (").append(objs.size()).append(" in all)");
            }
            return objs.isEmpty() ? "none" : b.toString();
        }
    }
}
