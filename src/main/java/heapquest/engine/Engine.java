package heapquest.engine;

import heapquest.engine.heap.Heap;
import heapquest.engine.runtime.Interpreter;
import heapquest.engine.runtime.MutableSink;
import heapquest.engine.runtime.Probes;
import heapquest.engine.syntax.Expr;
import heapquest.engine.syntax.Module;
import heapquest.engine.syntax.Parser;
import heapquest.engine.syntax.SourceError;
import heapquest.engine.syntax.Stmt;
import heapquest.engine.trace.Trace;
import heapquest.engine.trace.TraceRecorder;
import heapquest.engine.trace.TraceSink;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The engine's front door: parse a program, run it on the simulated heap, return the immutable
 * trace. Pure: no files, no terminal, no clock. A program outside the supported subset fails with a
 * {@link SourceError} before anything runs.
 */
public final class Engine {
    /** Deep recursion and long deallocation chains need more stack than a default thread has. */
    private static final long STACK_BYTES = 512L * 1024 * 1024;

    private Engine() {
    }

    public static Trace run(String source, Limits limits) {
        return run("<program>", source, limits, List.of());
    }

    public static Trace run(String source, Limits limits, List<Probe> probes) {
        return run("<program>", source, limits, probes);
    }

    /** fileName is what tracebacks show ({@code File "name", line 3}). */
    public static Trace run(String fileName, String source, Limits limits, List<Probe> probes) {
        AtomicReference<Object> result = new AtomicReference<>();
        Thread worker = new Thread(null, () -> {
            try {
                result.set(execute(fileName, parse(source), limits, probes));
            } catch (Throwable t) {
                result.set(t);
            }
        }, "heapquest-engine", STACK_BYTES);
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            worker.interrupt();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running the program", e);
        }
        Object r = result.get();
        if (r instanceof RuntimeException re) {
            throw re;
        }
        if (r instanceof Error err) {
            throw err;
        }
        return (Trace) r;
    }

    /** Parses on the engine's large stack; a program nested beyond even that is a syntax error. */
    private static Module parse(String source) {
        try {
            return Parser.parse(source);
        } catch (StackOverflowError e) {
            throw SourceError.syntax(new heapquest.engine.syntax.Pos(1, 1),
                    "the program is nested too deeply to parse (too many nested parentheses, operators or blocks)");
        }
    }

    private static Trace execute(String fileName, Module module, Limits limits, List<Probe> probes) {
        TraceRecorder recorder = new TraceRecorder(module.lines());
        // Only probes mute the trace (while they are evaluated); without them every event goes
        // straight to the recorder, saving a forwarding call per event.
        TraceSink sink = recorder;
        Probes probeRunner = null;
        if (!probes.isEmpty()) {
            MutableSink muting = new MutableSink(recorder);
            sink = muting;
            probeRunner = new Probes(probes, Engine::parseExpression, muting);
        }
        Heap heap = new Heap(sink, limits.maxObjects());
        Interpreter interpreter = new Interpreter(heap, sink, limits, fileName, module.lines(), probeRunner);
        int exitCode = interpreter.run(module);
        if (probeRunner != null) {
            probeRunner.finish(interpreter);
            probeRunner.results().forEach(recorder::probe);
        }
        return recorder.finish(exitCode);
    }

    /** Parses a single expression (a probe, a question's expression). */
    public static Expr parseExpression(String text) {
        Module m = Parser.parse(text.strip() + "\n");
        if (m.body().size() != 1 || !(m.body().get(0) instanceof Stmt.ExprStmt e)) {
            throw SourceError.syntax(new heapquest.engine.syntax.Pos(1, 1), "expected a single expression: " + text);
        }
        return e.value();
    }
}
