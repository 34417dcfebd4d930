package heapquest.level;

import heapquest.engine.Engine;
import heapquest.engine.Limits;
import heapquest.engine.Probe;
import heapquest.engine.syntax.Expr;
import heapquest.engine.syntax.Module;
import heapquest.engine.syntax.Node;
import heapquest.engine.syntax.Parser;
import heapquest.engine.syntax.SourceError;
import heapquest.engine.syntax.Stmt;
import heapquest.engine.trace.Event;
import heapquest.engine.trace.HeapState;
import heapquest.engine.trace.ObjectView;
import heapquest.engine.trace.ProbeResult;
import heapquest.engine.trace.Trace;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Computes the answer to every question of a level by running its program once through the engine,
 * with one probe per thing asked (an expression evaluated just before or after the marked line), and
 * reading the rest (what a line printed, what it freed) from the trace. Nothing is ever taken from
 * the level file: {@code expect:} is only compared with what the engine computes.
 *
 * <p>Problems found here are reported at their place in the level file: a program outside the
 * engine's subset at the offending program line (mapped into the file), a marker that is not on a
 * statement, an expression that does not parse or fails at its point, an {@code expect:} or a listed
 * choice the engine disagrees with.
 *
 * <p>"The line runs" means the statement on that line and every call it makes, up to the next step
 * in the same or an outer frame; for compound statements ({@code if}, {@code for}, {@code while},
 * {@code def}) that is the header only, not the body. A sentinel {@code pass} is appended to the
 * program so that "just after the last line" is before the interpreter's exit clean-up.
 */
public final class Checker {

    /** Level programs are small; these bounds stop a runaway program quickly. */
    public static final Limits LIMITS = Limits.DEFAULT.withMaxSteps(100_000);
    public static final long TIMEOUT_MILLIS = 20_000;

    /** Method names a question's expression may not call: they would change the run it looks at. */
    private static final Set<String> MUTATORS = Set.of("append", "extend", "insert", "pop", "remove", "clear",
            "update", "setdefault", "popitem", "add", "discard", "sort", "reverse", "collect", "enable", "disable",
            "set_threshold", "setattr", "delattr", "print", "exec", "eval", "input", "open", "__setitem__",
            "__delitem__", "__setattr__", "__delattr__", "__del__", "close", "send", "throw", "detach");

    private final Limits limits;
    private final long timeoutMillis;

    public Checker() {
        this(LIMITS, TIMEOUT_MILLIS);
    }

    public Checker(Limits limits, long timeoutMillis) {
        this.limits = limits;
        this.timeoutMillis = timeoutMillis;
    }

    /** Answers every question of the level; never throws for a bad level. */
    public Solution solve(Level level) {
        return new Run(level).solve();
    }

    /** An event and the step it happened in. */
    /** An event of the step {@code step}, which belongs to the line run at step {@code origin}. */
    private record StepEvent(int step, int origin, Event event, boolean nested) {}

    /** A probe's result and the run (and its index) it was evaluated in. */
    private record Probed(ProbeResult r, Trace trace, TraceIndex index) {}

    // ------------------------------------------------------------------ one level

    private final class Run {
        final Level level;
        final Program program;
        final SourceMap where;
        final List<Problem> problems = new ArrayList<>();
        /** The run without probes: output, frees and explanations come from it. */
        Trace trace;
        TraceIndex index;
        /** Each probe's result with the run it came from. */
        final Map<String, Probed> probed = new LinkedHashMap<>();

        Run(Level level) {
            this.level = level;
            this.program = level.program();
            this.where = level.where();
        }

        Solution solve() {
            String source = program.text().endsWith("\n") ? program.text() : program.text() + "\n";
            Module module;
            try {
                module = Parser.parse(source);
            } catch (SourceError e) {
                problems.add(programProblem(e));
                return done(List.of());
            } catch (RuntimeException | StackOverflowError e) {
                problems.add(Problem.at(where.file(), program.fileLoc(1, 1),
                        "the engine's parser failed on this program (" + e + "); please report this"));
                return done(List.of());
            }
            Set<Integer> statements = new HashSet<>();
            collectStatementLines(module.body(), statements);

            Set<String> badMarkers = new HashSet<>();
            for (Question q : level.questions()) {
                Markers.Marker m = program.markers().get(q.marker());
                if (m != null && !statements.contains(m.line()) && badMarkers.add(q.marker())) {
                    int start = statements.stream().filter(l -> l < m.line()).max(Integer::compare).orElse(-1);
                    problems.add(Problem.at(where.file(), program.fileLoc(m.line(), m.col()), "marker '@" + m.name()
                            + "' is on program line " + m.line() + ", which does not start a statement; the engine "
                            + "stops only where statements start" + (start > 0 ? " (is it about line " + start + "?)" : "")));
                }
            }

            List<Question> runnable = new ArrayList<>();
            List<Probe> probes = new ArrayList<>();
            for (Question q : level.questions()) {
                if (badMarkers.contains(q.marker()) || !expressionsOk(q)) {
                    continue;
                }
                runnable.add(q);
                probes.addAll(probesFor(q));
            }
            String runnableSource = source + "pass\n";
            trace = run(runnableSource, List.of());
            if (trace == null) {
                return done(List.of());
            }
            if (trace.exitCode() != 0) {
                problems.add(crashProblem());
                return done(List.of());
            }
            index = new TraceIndex(trace);
            if (!runProbes(runnableSource, probes)) {
                return done(List.of());
            }
            List<Solved> solved = new ArrayList<>();
            for (Question q : runnable) {
                Solved s = answer(q);
                if (s != null) {
                    solved.add(s);
                }
            }
            return done(solved);
        }

        Solution done(List<Solved> solved) {
            problems.sort(null);
            return new Solution(level, solved, problems, trace);
        }

        // -------------------------------------------------------------- program and expressions

        Problem programProblem(SourceError e) {
            int line = Math.min(e.pos().line(), Math.max(1, program.lineCount()));
            return Problem.at(where.file(), program.fileLoc(line, e.pos().col()),
                    "program line " + line + ": " + e.kind().label + ": " + e.detail());
        }

        private void collectStatementLines(List<Stmt> body, Set<Integer> out) {
            for (Stmt s : body) {
                out.add(s.pos().line());
                if (s instanceof Stmt.If i) {
                    collectStatementLines(i.body(), out);
                    collectStatementLines(i.orelse(), out);
                } else if (s instanceof Stmt.While w) {
                    collectStatementLines(w.body(), out);
                    collectStatementLines(w.orelse(), out);
                } else if (s instanceof Stmt.For f) {
                    collectStatementLines(f.body(), out);
                    collectStatementLines(f.orelse(), out);
                } else if (s instanceof Stmt.FunctionDef f) {
                    collectStatementLines(f.body(), out);
                } else if (s instanceof Stmt.ClassDef c) {
                    collectStatementLines(c.body(), out);
                } else if (s instanceof Stmt.Try t) {
                    collectStatementLines(t.body(), out);
                    for (Stmt.ExceptHandler h : t.handlers()) {
                        collectStatementLines(h.body(), out);
                    }
                    collectStatementLines(t.orelse(), out);
                    collectStatementLines(t.finalbody(), out);
                }
            }
        }

        private boolean expressionsOk(Question q) {
            boolean ok = true;
            for (int i = 0; i < q.exprs().size(); i++) {
                String text = q.exprs().get(i);
                String pointer = q.pointer() + (q.kind().arity == 2 ? "/exprs/" + i : "/expr");
                try {
                    Expr e = Engine.parseExpression(text);
                    Optional<String> m = mutation(e);
                    if (m.isPresent()) {
                        problems.add(where.problem(pointer, who(q) + "expression '" + text + "' calls " + m.get()
                                + "(), which would change the program it looks at; questions may only look"));
                        ok = false;
                    }
                } catch (SourceError e) {
                    problems.add(where.problem(pointer, who(q) + "expression '" + text + "' is not valid: "
                            + e.kind().label + ": " + e.detail()));
                    ok = false;
                } catch (RuntimeException | StackOverflowError e) {
                    problems.add(where.problem(pointer, who(q) + "expression '" + text + "' cannot be parsed"));
                    ok = false;
                }
            }
            return ok;
        }

        /** The first call in the expression to something that changes state, found by walking the AST. */
        private Optional<String> mutation(Object node) {
            if (node instanceof Expr.Call c) {
                String name = c.func() instanceof Expr.Attribute a ? a.attr()
                        : c.func() instanceof Expr.Name n ? n.id() : null;
                if (name != null && MUTATORS.contains(name)) {
                    return Optional.of(name);
                }
            }
            if (node instanceof List<?> list) {
                for (Object o : list) {
                    Optional<String> m = mutation(o);
                    if (m.isPresent()) {
                        return m;
                    }
                }
                return Optional.empty();
            }
            if (node instanceof Node && node.getClass().isRecord()) {
                for (RecordComponent rc : node.getClass().getRecordComponents()) {
                    Class<?> t = rc.getType();
                    if (Node.class.isAssignableFrom(t) || List.class.isAssignableFrom(t)) {
                        try {
                            Optional<String> m = mutation(rc.getAccessor().invoke(node));
                            if (m.isPresent()) {
                                return m;
                            }
                        } catch (ReflectiveOperationException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                }
            }
            return Optional.empty();
        }

        // -------------------------------------------------------------- probes and the run

        private List<Probe> probesFor(Question q) {
            int line = program.lineOf(q.marker());
            int n = q.occurrence();
            Probe.Timing t = q.timing().toProbe();
            Probe.Timing other = t == Probe.Timing.BEFORE ? Probe.Timing.AFTER : Probe.Timing.BEFORE;
            String k = key(q);
            List<Probe> out = new ArrayList<>();
            switch (q.kind()) {
                case ID -> {
                    if (q.changes()) {
                        out.add(new Probe(k + "before", line, Probe.Timing.BEFORE, n, q.expr()));
                        out.add(new Probe(k + "after", line, Probe.Timing.AFTER, n, q.expr()));
                    } else {
                        out.add(new Probe(k + "main", line, t, n, q.expr()));
                        out.add(new Probe(k + "other", line, other, n, q.expr()));
                    }
                }
                case SAME -> {
                    out.add(new Probe(k + "main", line, t, n, "(" + q.exprs().get(0) + ") is (" + q.exprs().get(1) + ")"));
                    out.add(new Probe(k + "0", line, t, n, q.exprs().get(0)));
                    out.add(new Probe(k + "1", line, t, n, q.exprs().get(1)));
                }
                case REFCOUNT -> out.add(new Probe(k + "main", line, t, n, q.expr()));
                case ALIVE -> {
                    out.add(new Probe(k + "ref", line, t, n, q.expr()));
                    out.add(new Probe(k + "main", line, t, n, "(" + q.expr() + ")() is not None"));
                }
                case VALUE -> {
                    out.add(new Probe(k + "main", line, t, n, q.expr()));
                    out.add(new Probe(k + "other", line, other, n, q.expr()));
                }
                case OUTPUT, FREED -> {
                }
            }
            return out;
        }

        private String key(Question q) {
            return "q" + level.questions().indexOf(q) + ":";
        }

        private Trace run(String source, List<Probe> probes) {
            AtomicReference<Object> box = new AtomicReference<>();
            Thread t = new Thread(() -> {
                try {
                    box.set(Engine.run("<program>", source, limits, probes));
                } catch (Throwable x) {
                    box.set(x);
                }
            }, "heapquest-checker");
            t.setDaemon(true);
            t.start();
            try {
                t.join(timeoutMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                problems.add(Problem.at(where.file(), program.fileLoc(1, 1), "interrupted while running the program"));
                return null;
            }
            Object r = box.get();
            if (t.isAlive() || r == null) {
                problems.add(Problem.at(where.file(), program.fileLoc(1, 1), "the program did not finish within "
                        + timeoutMillis / 1000 + " seconds; level programs must be small"));
                return null;
            }
            if (r instanceof SourceError e) {
                problems.add(programProblem(e));
                return null;
            }
            if (r instanceof Throwable x) {
                problems.add(Problem.at(where.file(), program.fileLoc(1, 1), "the engine failed while running this "
                        + "program (" + x + "); please report this"));
                return null;
            }
            return (Trace) r;
        }

        /**
         * Runs the probes: all in one run when that run allocates exactly as the run without probes
         * did (the engine evaluates probes without a trace of their own, but a probe that fails or
         * allocates several objects can still reorder a free list); otherwise each probe in a run of
         * its own, where nothing before its point is disturbed.
         */
        private boolean runProbes(String source, List<Probe> probes) {
            if (probes.isEmpty()) {
                return true;
            }
            Trace all = run(source, probes);
            if (all == null) {
                return false;
            }
            if (sameRun(trace, all)) {
                TraceIndex allIndex = new TraceIndex(all);
                for (ProbeResult r : all.probes()) {
                    probed.put(r.id(), new Probed(r, all, allIndex));
                }
                return true;
            }
            for (Probe p : probes) {
                Trace one = run(source, List.of(p));
                if (one == null) {
                    return false;
                }
                Optional<ProbeResult> r = one.probe(p.id());
                if (r.isPresent()) {
                    probed.put(p.id(), new Probed(r.get(), one, new TraceIndex(one)));
                }
            }
            return true;
        }

        /** Whether two runs of the program did the same: same steps, allocations at the same addresses, same output. */
        private boolean sameRun(Trace a, Trace b) {
            if (a.stepCount() != b.stepCount() || !a.output().equals(b.output()) || a.exitCode() != b.exitCode()) {
                return false;
            }
            for (int s = 0; s < a.stepCount(); s++) {
                List<Long> aa = allocations(a, s);
                if (!aa.equals(allocations(b, s))) {
                    return false;
                }
            }
            return true;
        }

        private List<Long> allocations(Trace t, int step) {
            List<Long> out = new ArrayList<>();
            for (Event e : t.step(step).events()) {
                if (e instanceof Event.Allocated a) {
                    out.add(a.address());
                } else if (e instanceof Event.Freed) {
                    out.add(-1L);
                }
            }
            return out;
        }

        private Problem crashProblem() {
            String err = trace.errorOutput().strip();
            if (err.contains("step limit")) {
                return Problem.at(where.file(), program.fileLoc(1, 1), "the program did not finish: it was stopped after "
                        + limits.maxSteps() + " steps (an endless loop?)");
            }
            Matcher m = Pattern.compile("File \"<program>\", line (\\d+)").matcher(err);
            int line = -1;
            while (m.find()) {
                line = Integer.parseInt(m.group(1));
            }
            String last = err.isEmpty() ? "it failed" : err.lines().reduce((a, b) -> b).orElse(err);
            if (line < 1 || line > program.lineCount()) {
                return Problem.at(where.file(), program.fileLoc(1, 1), "the program does not run to its end: " + last);
            }
            String text = program.lines().get(line - 1);
            int col = text.length() - text.stripLeading().length() + 1;
            return Problem.at(where.file(), program.fileLoc(line, col), "program line " + line
                    + ": uncaught exception " + last + "; a level's program must run to its end");
        }

        // -------------------------------------------------------------- answers

        private String who(Question q) {
            return "question '" + q.id() + "': ";
        }

        private String point(Question q, Timing t) {
            int line = program.lineOf(q.marker());
            return (t == Timing.BEFORE ? "just before" : "just after") + " line " + line + " (@" + q.marker() + ")";
        }

        /** The step of the question's line, or null (with a problem) when the program never gets there. */
        private Integer stepOf(Question q) {
            int line = program.lineOf(q.marker());
            List<Integer> steps = trace.stepsAtLine(line);
            if (steps.size() >= q.occurrence()) {
                return steps.get(q.occurrence() - 1);
            }
            if (steps.isEmpty()) {
                problems.add(where.problem(q.pointer() + "/marker", who(q) + "the program never runs line " + line
                        + " (@" + q.marker() + ")"));
            } else {
                problems.add(where.problem(q.pointer() + (where.values().containsKey(q.pointer() + "/occurrence")
                        ? "/occurrence" : "/marker"), who(q) + "line " + line + " (@" + q.marker() + ") runs "
                        + steps.size() + (steps.size() == 1 ? " time" : " times") + ", but occurrence is " + q.occurrence()));
            }
            return null;
        }

        /** A probe's result, or null with a problem when it failed (at the given expression's position). */
        private Probed probe(Question q, String suffix, String exprPointer, String exprText, Timing t) {
            Probed p = probed.get(key(q) + suffix);
            if (p == null) {
                return null;
            }
            if (p.r().failed()) {
                problems.add(where.problem(exprPointer, who(q) + "expression '" + exprText + "' fails " + point(q, t)
                        + ": " + p.r().error()));
                return null;
            }
            return p;
        }

        private HeapState stateAt(Probed p, Timing t) {
            int s = t == Timing.BEFORE ? p.r().step() : p.r().step() + 1;
            return p.trace().stateBefore(Math.max(0, Math.min(s, p.trace().stepCount())));
        }

        private Solved answer(Question q) {
            Integer step = stepOf(q);
            if (step == null) {
                return null;
            }
            int line = program.lineOf(q.marker());
            String exprPointer = q.pointer() + "/expr";
            Answer answer;
            String why;
            List<String> auto;
            switch (q.kind()) {
                case ID -> {
                    if (q.changes()) {
                        Probed b = probe(q, "before", exprPointer, q.expr(), Timing.BEFORE);
                        Probed a = probe(q, "after", exprPointer, q.expr(), Timing.AFTER);
                        if (a == null || b == null) {
                            return null;
                        }
                        long ab = b.r().address();
                        long aa = a.r().address();
                        answer = new Answer.Bool(aa != ab);
                        String tail = aa != ab ? ""
                                : a.trace() != b.trace() ? "; the same address"
                                : a.r().object() == b.r().object() ? "; the same object"
                                : "; a different object at the same address (the freed block was reused)";
                        why = "before: " + describe(b, Timing.BEFORE) + "; after: " + describe(a, Timing.AFTER) + tail;
                        auto = List.of("yes", "no");
                    } else {
                        Probed r = probe(q, "main", exprPointer, q.expr(), q.timing());
                        if (r == null) {
                            return null;
                        }
                        answer = new Answer.Address(r.r().address(), q.hex());
                        why = describe(r, q.timing()) + addressStory(r, q.timing());
                        auto = idChoices(q, r);
                    }
                }
                case SAME -> {
                    Probed a = probe(q, "0", q.pointer() + "/exprs/0", q.exprs().get(0), q.timing());
                    Probed b = probe(q, "1", q.pointer() + "/exprs/1", q.exprs().get(1), q.timing());
                    Probed r = probe(q, "main", q.pointer() + "/exprs/0", q.exprs().get(0) + " is "
                            + q.exprs().get(1), q.timing());
                    if (a == null || b == null || r == null) {
                        return null;
                    }
                    answer = new Answer.Bool(r.r().truthy());
                    why = q.exprs().get(0) + " → " + describe(a, q.timing()) + "; " + q.exprs().get(1) + " → "
                            + describe(b, q.timing()) + (r.r().truthy() ? "; one object" : "; two objects");
                    auto = List.of("yes", "no");
                }
                case REFCOUNT -> {
                    Probed r = probe(q, "main", exprPointer, q.expr(), q.timing());
                    if (r == null) {
                        return null;
                    }
                    long n = r.r().refcount();
                    answer = new Answer.Int(n);
                    why = refcountStory(r, q.timing());
                    TreeSet<Long> c = new TreeSet<>(List.of(n, n + 1, n + 2));
                    c.add(n > 0 ? n - 1 : n + 3);
                    auto = c.stream().map(String::valueOf).toList();
                }
                case ALIVE -> {
                    Probed ref = probe(q, "ref", exprPointer, q.expr(), q.timing());
                    if (ref == null) {
                        return null;
                    }
                    if (!ref.r().type().equals("weakref")) {
                        problems.add(where.problem(exprPointer, who(q) + "expression '" + q.expr() + "' is "
                                + article(ObjectLabels.typeWord(ref.r().type())) + ", not a weak reference; 'alive' "
                                + "asks about a weakref.ref"));
                        return null;
                    }
                    Probed r = probe(q, "main", exprPointer, q.expr() + "()", q.timing());
                    if (r == null) {
                        return null;
                    }
                    answer = new Answer.Bool(r.r().truthy());
                    why = aliveStory(ref, r.r().truthy(), q.timing());
                    auto = List.of("yes", "no");
                }
                case VALUE -> {
                    Probed r = probe(q, "main", exprPointer, q.expr(), q.timing());
                    if (r == null) {
                        return null;
                    }
                    answer = new Answer.Text(r.r().repr(), false);
                    why = q.expr() + " evaluates to " + article(ObjectLabels.typeWord(r.r().type())) + " "
                            + point(q, q.timing());
                    auto = valueChoices(q, r);
                }
                case OUTPUT -> {
                    int[] span = span(step);
                    StringBuilder out = new StringBuilder();
                    Set<String> lines = new LinkedHashSet<>();
                    for (StepEvent se : spanEvents(step)) {
                        if (se.event() instanceof Event.Printed p && !p.toStderr()) {
                            out.append(p.text());
                            lines.add(lineWhere(se.origin()));
                        }
                    }
                    answer = new Answer.Text(out.toString(), true);
                    why = lines.isEmpty() ? "line " + line + " prints nothing" : "printed by " + String.join(", ", lines);
                    auto = outputChoices(out.toString(), span);
                }
                case FREED -> {
                    ObjectLabels labels = new ObjectLabels(trace.stateBefore(step), index);
                    List<Answer.Picked> freed = new ArrayList<>();
                    List<String> reasons = new ArrayList<>();
                    int temporaries = 0;
                    for (StepEvent se : spanEvents(step)) {
                        if (se.event() instanceof Event.Freed f) {
                            if (labels.visible(f.obj())) {
                                Answer.Picked p = labels.pick(f.obj());
                                freed.add(p);
                                reasons.add(p.label() + ": " + freedStory(f.obj(), se));
                            } else if (labels.state().object(f.obj()).isEmpty()) {
                                temporaries++;
                            }
                        }
                    }
                    answer = new Answer.Objects(freed);
                    why = (reasons.isEmpty() ? "no object that existed before line " + line + " is freed by it"
                            : String.join("; ", reasons))
                            + (temporaries > 0 ? " (also " + temporaries + " temporar" + (temporaries == 1 ? "y" : "ies")
                            + " the line created and dropped)" : "");
                    List<Answer.Picked> all = new ArrayList<>();
                    for (int o : labels.visibleObjects()) {
                        all.add(labels.pick(o));
                    }
                    auto = freedChoices(freed, all);
                    if (q.choices() instanceof Choices.Listed l) {
                        List<String> known = all.stream().map(Answer.Picked::label).toList();
                        for (String option : l.options()) {
                            if (all.stream().noneMatch(p -> new Answer.Objects(List.of(p)).accepts(option))) {
                                problems.add(where.problem(q.pointer() + "/choices", who(q) + "choice '" + option
                                        + "' names no object that exists " + point(q, Timing.BEFORE) + " (objects: "
                                        + String.join(", ", known) + ")"));
                            }
                        }
                    }
                }
                default -> throw new IllegalStateException();
            }
            List<String> choices = q.choices() instanceof Choices.Listed l ? l.options()
                    : q.choices() instanceof Choices.Auto ? auto : List.of();
            checkListedChoices(q, answer, choices);
            checkExpect(q, answer, why);
            return new Solved(q, line, q.promptText(line), answer, choices, why);
        }

        private void checkListedChoices(Question q, Answer answer, List<String> choices) {
            if (!(q.choices() instanceof Choices.Listed)) {
                return;
            }
            String pointer = q.pointer() + "/choices";
            if (answer instanceof Answer.Objects objs) {
                for (Answer.Picked p : objs.objects()) {
                    boolean offered = choices.stream().anyMatch(c -> new Answer.Objects(List.of(p)).accepts(c));
                    if (!offered) {
                        problems.add(where.problem(pointer, who(q) + "the engine frees " + p.label()
                                + ", which is not among the choices"));
                    }
                }
                return;
            }
            List<String> right = choices.stream().filter(answer::accepts).toList();
            if (right.isEmpty()) {
                problems.add(where.problem(pointer, who(q) + "none of the choices is the engine's answer, "
                        + answer.display()));
            } else if (right.size() > 1) {
                problems.add(where.problem(pointer, who(q) + "choices '" + right.get(0) + "' and '" + right.get(1)
                        + "' both match the answer " + answer.display() + "; keep one"));
            }
        }

        private void checkExpect(Question q, Answer answer, String why) {
            if (q.expect() == null || answer.accepts(q.expect())) {
                return;
            }
            String says = q.kind() == QuestionKind.OUTPUT ? quoteOutput(q.expect()) : q.expect();
            String computes = q.kind() == QuestionKind.OUTPUT && answer instanceof Answer.Text t
                    ? quoteOutput(t.text()) : answer.display();
            String verb = q.kind() == QuestionKind.FREED ? "frees" : "computes";
            problems.add(where.problem(q.pointer() + "/expect", who(q) + "expect says " + says + " but the engine "
                    + verb + " " + computes + " (" + why + ")"));
        }

        private String quoteOutput(String s) {
            String t = s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
            return t.isEmpty() ? "nothing" : "'" + t.replace("\n", "\\n") + "'";
        }

        // -------------------------------------------------------------- spans and stories

        /** Steps of one execution of a line: it and the calls it makes, up to the next step at its depth or above. */
        private int[] span(int start) {
            int depth = trace.step(start).callStack().size();
            int end = start + 1;
            while (end < trace.stepCount() && trace.step(end).callStack().size() > depth) {
                end++;
            }
            return new int[] {start, end};
        }

        /**
         * The events of one execution of a line, in order. When the line is the last one its function
         * runs (a return), the events after the function's frame is gone and its locals released
         * belong to the caller finishing its own line (binding the result, printing it), though the
         * trace records them in the same step: they are cut off at the caller's first binding,
         * store, call or print.
         */
        private List<StepEvent> spanEvents(int start) {
            int[] span = span(start);
            int depth = trace.step(start).callStack().size();
            int startDepth = depth;
            int exitedFrame = -1;
            List<StepEvent> out = new ArrayList<>();
            for (int s = span[0]; s < span[1]; s++) {
                int i = 0;
                for (Event e : trace.step(s).events()) {
                    int origin = index.originOf(s, i++);
                    if (exitedFrame >= 0) {
                        if (TraceIndex.callerResumed(e, exitedFrame)) {
                            return out;
                        }
                    } else if (e instanceof Event.FrameEntered) {
                        depth++;
                    } else if (e instanceof Event.FrameExited x) {
                        depth--;
                        if (depth < startDepth) {
                            exitedFrame = x.frame();
                        }
                    }
                    out.add(new StepEvent(s, origin, e, depth > startDepth));
                }
            }
            return out;
        }

        private String lineWhere(int step) {
            return lineWhere(trace, step);
        }

        private String lineWhere(Trace t, int step) {
            if (t.step(step).isExit()) {
                return "the interpreter's exit"; // its step has no line of the program
            }
            List<String> stack = t.step(step).callStack();
            String fn = stack.isEmpty() ? "<module>" : stack.get(stack.size() - 1);
            return "line " + t.step(step).line() + ("<module>".equals(fn) ? "" : " (in " + fn + ")");
        }

        private String describe(Probed p, Timing t) {
            ProbeResult r = p.r();
            HeapState st = stateAt(p, t);
            Optional<ObjectView> v = st.object(r.object());
            String hex = "0x" + Long.toHexString(r.address());
            String repr = r.repr() == null ? "" : r.repr();
            String what = repr.startsWith("<") ? shortRepr(repr) : ObjectLabels.typeWord(r.type()) + " " + shortRepr(repr);
            String at = repr.contains(hex) ? "" : " at " + hex;
            return what + at + (v.isPresent() && v.get().isStatic() ? " (static)" : "");
        }

        private String shortRepr(String repr) {
            if (repr == null) {
                return "";
            }
            return repr.length() > 40 ? repr.substring(0, 37) + "..." : repr;
        }

        private String addressStory(Probed p, Timing t) {
            ProbeResult r = p.r();
            TraceIndex ix = p.index();
            HeapState st = stateAt(p, t);
            ObjectView v = st.object(r.object()).orElse(null);
            if (v != null && v.isStatic()) {
                if (r.type().equals("int")) {
                    return "; small ints (-5 to 256) are made once at startup, 32 bytes apart: id(n) = id(0) + 32*n";
                }
                return "; it is a static object, always at the same address";
            }
            TraceIndex.Alloc alloc = ix.allocs.get(r.object());
            StringBuilder sb = new StringBuilder();
            if (alloc != null) {
                sb.append("; allocated at line ").append(ix.lineOf(alloc.step()));
                int prev = ix.previousAt(r.object());
                TraceIndex.Death d = prev < 0 ? null : ix.deaths.get(prev);
                TraceIndex.Alloc pa = prev < 0 ? null : ix.allocs.get(prev);
                if (d != null && pa != null && d.step() <= alloc.step()) {
                    sb.append(", in the block freed at line ").append(ix.lineOf(d.step())).append(" by ")
                            .append(ObjectLabels.typeWord(pa.type()))
                            .append(pa.summary() == null || pa.summary().startsWith("<") ? ""
                                    : " " + shortRepr(pa.summary()))
                            .append(" (a freed block goes to the next object of its size)");
                }
            } else {
                sb.append("; made before the program started (a constant)");
            }
            return sb.toString();
        }

        private String refcountStory(Probed p, Timing t) {
            ProbeResult r = p.r();
            HeapState st = stateAt(p, t);
            ObjectView v = st.object(r.object()).orElse(null);
            if (v != null && v.isStatic()) {
                return "a static object: its count includes every reference in the interpreter";
            }
            ObjectLabels labels = new ObjectLabels(st, p.index());
            String who = labels.referrers(r.object());
            long hidden = r.refcount() - labels.visibleStrongReferences(r.object());
            if (hidden > 0) {
                who += "; " + hidden + " held by the interpreter (an argument, a value being "
                        + "evaluated, or the interpreter's own caches)";
            }
            return who;
        }

        private String aliveStory(Probed ref, boolean alive, Timing t) {
            HeapState st = stateAt(ref, t);
            ObjectView w = st.object(ref.r().object()).orElse(null);
            if (alive && w != null && w.weakTarget() >= 0) {
                ObjectLabels labels = new ObjectLabels(st, ref.index());
                return "it refers to " + labels.pick(w.weakTarget()).label() + ", held by "
                        + labels.referrers(w.weakTarget());
            }
            int[] cleared = ref.index().weakrefCleared.get(ref.r().object());
            if (cleared != null) {
                TraceIndex.Alloc target = ref.index().allocs.get(cleared[1]);
                String what = target == null ? "its object" : "its " + ObjectLabels.typeWord(target.type());
                String former = ref.index().formerName(cleared[1], cleared[2] + 1);
                what += former == null ? "" : " (was " + former + ")";
                if (ref.index().resurrectedFrom(cleared[1], cleared[0])) {
                    return resurrectionStory(ref, what, cleared, t);
                }
                return what + " was freed at "
                        + lineWhere(ref.trace(), cleared[0]) + ": " + deathStory(ref.index(), ref.trace(), cleared[1],
                        cleared[0]);
            }
            return alive ? "it is alive" : "it is dead";
        }

        /**
         * A weak reference cleared by the collector whose object a finalizer then stored again: the
         * object was not freed (the collector leaves resurrected objects alone), the weak reference
         * stays dead all the same; the object may die for good later.
         */
        private String resurrectionStory(Probed ref, String what, int[] cleared, Timing t) {
            boolean stillAlive = stateAt(ref, t).object(cleared[1]).isPresent();
            TraceIndex.Death d = ref.index().deaths.get(cleared[1]);
            String later = stillAlive || d == null ? "; the object itself is still alive"
                    : "; it died for good later: " + deathStory(ref.index(), ref.trace(), cleared[1], d.step());
            return "the cyclic GC at " + lineWhere(ref.trace(), cleared[0]) + " found " + what
                    + " unreachable and cleared its weak references before running __del__, which "
                    + "resurrected it (stored it again), so it was not freed; a cleared weak reference stays dead"
                    + later;
        }

        private String deathStory(TraceIndex ix, Trace t, int obj, int step) {
            TraceIndex.Death d = ix.deaths.get(obj);
            if (d == null) {
                return "freed at " + lineWhere(t, step);
            }
            if (d.cause() == Event.FreeCause.GC) {
                return "collected by the cyclic GC at " + lineWhere(t, d.step()) + " (unreachable, in or under a cycle)";
            }
            return "its last reference (" + (d.lastReference() == null ? "a reference" : d.lastReference())
                    + ") was dropped at " + lineWhere(t, d.step());
        }

        /** Why an object died within the line asked about; where, only when it was in a call the line made. */
        private String freedStory(int obj, StepEvent se) {
            TraceIndex.Death d = index.deaths.get(obj);
            String where = se.nested() ? " at " + lineWhere(se.origin()) : "";
            if (d != null && d.cause() == Event.FreeCause.GC) {
                return "collected by the cyclic GC" + where + " (unreachable, in or under a cycle)";
            }
            return "its last reference (" + (d == null || d.lastReference() == null ? "a reference" : d.lastReference())
                    + ") was dropped" + where;
        }

        private static String article(String word) {
            return ("aeiou".indexOf(Character.toLowerCase(word.charAt(0))) >= 0 ? "an " : "a ") + word;
        }

        // -------------------------------------------------------------- generated choices

        private List<String> idChoices(Question q, Probed p) {
            ProbeResult r = p.r();
            TreeSet<Long> options = new TreeSet<>();
            options.add(r.address());
            Optional.ofNullable(probed.get(key(q) + "other")).map(Probed::r).filter(o -> !o.failed())
                    .ifPresent(o -> options.add(o.address()));
            HeapState st = stateAt(p, q.timing());
            ObjectView v = st.object(r.object()).orElse(null);
            if (v != null && v.isStatic() && r.type().equals("int")) {
                options.add(r.address() + 32);
                options.add(r.address() - 32);
                options.add(r.address() + 64);
            } else {
                st.objects().stream()
                        .filter(o -> o.type().equals(r.type()) && o.id() != r.object() && !o.isStatic())
                        .map(ObjectView::address)
                        .min(Comparator.comparingLong(a -> Math.abs(a - r.address())))
                        .ifPresent(options::add);
                long step = sizeStep(st, r.type());
                for (int k = 1; options.size() < 4 && k <= 3; k++) {
                    options.add(r.address() + k * step);
                    if (options.size() < 4) {
                        options.add(r.address() - k * step);
                    }
                }
            }
            List<Long> list = new ArrayList<>(options);
            while (list.size() > 4) {
                // keep the answer; drop the option farthest from it
                long farthest = list.stream().filter(a -> a != r.address())
                        .max(Comparator.comparingLong(a -> Math.abs(a - r.address()))).orElseThrow();
                list.remove(farthest);
            }
            return list.stream().map(a -> new Answer.Address(a, q.hex()).display()).toList();
        }

        /** The smallest gap between two live objects of a type: the block size they are carved in. */
        private long sizeStep(HeapState st, String type) {
            List<Long> addrs = st.objects().stream().filter(o -> o.type().equals(type) && !o.isStatic())
                    .map(ObjectView::address).sorted().toList();
            long best = Long.MAX_VALUE;
            for (int i = 1; i < addrs.size(); i++) {
                long d = addrs.get(i) - addrs.get(i - 1);
                if (d > 0 && d < best) {
                    best = d;
                }
            }
            return best == Long.MAX_VALUE || best > 4096 ? 32 : best;
        }

        private List<String> valueChoices(Question q, Probed probe) {
            ProbeResult r = probe.r();
            Set<String> options = new LinkedHashSet<>();
            options.add(r.repr());
            Optional.ofNullable(probed.get(key(q) + "other")).map(Probed::r).filter(o -> !o.failed())
                    .ifPresent(o -> options.add(o.repr()));
            for (Probed pp : probed.values()) {
                ProbeResult p = pp.r();
                if (options.size() >= 4) {
                    break;
                }
                if (!p.failed() && r.type().equals(p.type()) && p.repr() != null && p.repr().length() < 60) {
                    options.add(p.repr());
                }
            }
            if (options.size() < 4 && r.type().equals("int") && r.repr().matches("-?\\d{1,15}")) {
                long n = Long.parseLong(r.repr());
                options.add(Long.toString(n + 1));
                if (options.size() < 4) {
                    options.add(Long.toString(n - 1));
                }
            }
            if (options.size() < 4 && r.type().equals("bool")) {
                options.add(r.truthy() ? "False" : "True");
            }
            if (options.size() < 4) {
                options.add("None");
            }
            List<String> list = new ArrayList<>(options).subList(0, Math.min(4, options.size()));
            List<String> sorted = new ArrayList<>(list);
            sorted.sort(null);
            return sorted;
        }

        private List<String> outputChoices(String answer, int[] span) {
            Set<String> options = new LinkedHashSet<>();
            options.add(trimOutput(answer));
            for (int s = 0; s < trace.stepCount() && options.size() < 4; s++) {
                if (s >= span[0] && s < span[1]) {
                    continue;
                }
                StringBuilder out = new StringBuilder();
                for (Event e : trace.step(s).events()) {
                    if (e instanceof Event.Printed p && !p.toStderr()) {
                        out.append(p.text());
                    }
                }
                if (out.length() > 0) {
                    options.add(trimOutput(out.toString()));
                }
            }
            if (options.size() < 4) {
                options.add("(nothing)");
            }
            List<String> sorted = new ArrayList<>(options);
            sorted.sort(null);
            return sorted;
        }

        private String trimOutput(String s) {
            String t = s;
            while (t.endsWith("\n")) {
                t = t.substring(0, t.length() - 1);
            }
            return t.isEmpty() ? "(nothing)" : t;
        }

        private List<String> freedChoices(List<Answer.Picked> freed, List<Answer.Picked> all) {
            Map<String, Answer.Picked> options = new LinkedHashMap<>();
            for (Answer.Picked p : freed) {
                options.put(p.label(), p);
            }
            for (Answer.Picked p : all) {
                if (options.size() >= Math.max(6, freed.size())) {
                    break;
                }
                options.putIfAbsent(p.label(), p);
            }
            List<String> sorted = new ArrayList<>(options.keySet());
            sorted.sort(null);
            return sorted;
        }
    }
}
