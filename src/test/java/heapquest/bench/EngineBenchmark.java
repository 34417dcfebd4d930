package heapquest.bench;

import heapquest.engine.Engine;
import heapquest.engine.Limits;
import heapquest.engine.trace.Trace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Runs bench/programs/*.py on the engine (tracing on, after a warm-up) and on python3, and prints
 * the ratio, steps per second, trace bytes per step, and the time to view random steps of a
 * one-million-step trace. Not a unit test: figures on shared machines are noisy.
 * Run with bench/engine-bench.sh.
 */
public final class EngineBenchmark {
    private static final Limits LIMITS = Limits.DEFAULT.withMaxSteps(5_000_000);

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "bench/programs");
        List<Path> programs;
        try (var s = Files.list(dir)) {
            programs = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        System.out.printf("%-16s %9s %9s %7s %12s %10s%n", "program", "engine ms", "python ms", "ratio", "steps/s", "bytes/step");
        for (Path p : programs) {
            String src = Files.readString(p);
            for (int i = 0; i < 2; i++) {
                Engine.run(src, LIMITS);
            }
            long best = Long.MAX_VALUE;
            Trace t = null;
            for (int i = 0; i < 3; i++) {
                long t0 = System.nanoTime();
                t = Engine.run(src, LIMITS);
                best = Math.min(best, System.nanoTime() - t0);
            }
            double engineMs = best / 1e6;
            double pythonMs = python(p);
            var st = t.stats();
            System.out.printf("%-16s %9.1f %9.1f %7.2f %12.0f %10.1f%n", p.getFileName(), engineMs, pythonMs,
                    engineMs / pythonMs, st.steps() / (engineMs / 1000), (double) (st.logBytes() + st.checkpointBytes()) / st.steps());
        }
        viewBenchmark();
    }

    /** python3's own time for the program (timed inside python, so its start-up is not counted). */
    private static double python(Path p) throws IOException, InterruptedException {
        String timer = "import runpy, sys, time, io\n"
                + "out = sys.stdout; sys.stdout = io.StringIO(); t = time.perf_counter()\n"
                + "runpy.run_path(sys.argv[1], run_name='__main__')\n"
                + "d = time.perf_counter() - t; sys.stdout = out; print(d * 1000)\n";
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            Process proc = new ProcessBuilder("python3", "-c", timer, p.toString()).redirectErrorStream(true).start();
            String text = new String(proc.getInputStream().readAllBytes()).strip();
            proc.waitFor(120, TimeUnit.SECONDS);
            String[] lines = text.split("\n");
            best = Math.min(best, Double.parseDouble(lines[lines.length - 1]));
        }
        return best;
    }

    private static void viewBenchmark() {
        String src = "total = 0\nfor i in range(500000):\n    total += i\nprint(total)\n";
        long t0 = System.nanoTime();
        Trace t = Engine.run(src, LIMITS);
        long runMs = (System.nanoTime() - t0) / 1_000_000;
        t0 = System.nanoTime();
        t.stateBefore(0);
        long indexMs = (System.nanoTime() - t0) / 1_000_000;
        var st = t.stats();
        Random r = new Random(42);
        double[] ms = new double[1000];
        for (int i = 0; i < ms.length; i++) {
            int step = r.nextInt(t.stepCount() + 1);
            long s0 = System.nanoTime();
            t.stateBefore(step);
            t.step(Math.min(step, t.stepCount() - 1)).events();
            ms[i] = (System.nanoTime() - s0) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("%none trace of %,d steps: run %d ms, first view (builds checkpoints) %d ms,%n",
                t.stepCount(), runMs, indexMs);
        System.out.printf("  log %,d bytes + checkpoints %,d bytes = %.1f bytes/step (%d checkpoints)%n",
                st.logBytes(), st.checkpointBytes(), (double) (st.logBytes() + st.checkpointBytes()) / st.steps(), st.checkpoints());
        System.out.printf("  view of a random step: p50 %.2f ms, p99 %.2f ms, max %.2f ms (1000 views)%n",
                ms[500], ms[990], ms[999]);
    }
}
