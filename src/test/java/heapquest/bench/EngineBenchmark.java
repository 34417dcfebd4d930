package heapquest.bench;

import heapquest.engine.Engine;
import heapquest.engine.Limits;
import heapquest.engine.trace.Trace;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Runs bench/programs/*.py on the engine (tracing on, after a warm-up) and on python3, and prints
 * the ratio (wall and CPU time, medians), steps per second, trace bytes per step, and the time to
 * view random steps of a one-million-step trace. Not a unit test: figures on shared machines are
 * noisy, hence the load average and the CPU-time ratio beside the wall-time one.
 * Run with bench/engine-bench.sh.
 */
public final class EngineBenchmark {
    private static final Limits LIMITS = Limits.DEFAULT.withMaxSteps(5_000_000);

    private static final int WARMUPS = 3;
    private static final int RUNS = 5;
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "bench/programs");
        List<Path> programs;
        try (var s = Files.list(dir)) {
            programs = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        System.out.printf("load average %.2f on %d cores; medians of %d runs after %d warm-ups (python3: %d runs)%n",
                OS.getSystemLoadAverage(), OS.getAvailableProcessors(), RUNS, WARMUPS, RUNS);
        System.out.printf("%-16s %9s %9s %7s %9s %9s %7s %12s %10s%n", "program", "engine ms", "python ms", "ratio",
                "eng cpu", "py cpu", "ratio", "steps/s", "bytes/step");
        for (Path p : programs) {
            String src = Files.readString(p);
            for (int i = 0; i < WARMUPS; i++) {
                Engine.run(src, LIMITS);
            }
            double[] wall = new double[RUNS];
            double[] cpu = new double[RUNS];
            Trace t = null;
            for (int i = 0; i < RUNS; i++) {
                long c0 = OS.getProcessCpuTime();
                long t0 = System.nanoTime();
                t = Engine.run(src, LIMITS);
                wall[i] = (System.nanoTime() - t0) / 1e6;
                // Process CPU time includes the collector's threads: garbage the engine makes is its cost.
                cpu[i] = (OS.getProcessCpuTime() - c0) / 1e6;
            }
            double engineMs = median(wall);
            double engineCpu = median(cpu);
            double[] py = python(p);
            var st = t.stats();
            System.out.printf("%-16s %9.1f %9.1f %7.2f %9.1f %9.1f %7.2f %12.0f %10.1f%n", p.getFileName(), engineMs, py[0],
                    engineMs / py[0], engineCpu, py[1], engineCpu / py[1], st.steps() / (engineMs / 1000),
                    (double) (st.logBytes() + st.checkpointBytes()) / st.steps());
        }
        viewBenchmark();
        System.out.printf("load average at the end %.2f%n", OS.getSystemLoadAverage());
    }

    private static double median(double[] xs) {
        double[] sorted = xs.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /**
     * python3's own wall and CPU time for the program, medians of several runs, timed inside python
     * around the program as the engine is timed around Engine.run (interpreter start-up not counted).
     */
    private static double[] python(Path p) throws IOException, InterruptedException {
        String timer = "import runpy, sys, time, io\n"
                + "out = sys.stdout; sys.stdout = io.StringIO(); t = time.perf_counter(); c = time.process_time()\n"
                + "runpy.run_path(sys.argv[1], run_name='__main__')\n"
                + "d = time.perf_counter() - t; e = time.process_time() - c; sys.stdout = out; print(d * 1000, e * 1000)\n";
        double[] wall = new double[RUNS];
        double[] cpu = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            Process proc = new ProcessBuilder("python3", "-c", timer, p.toString()).redirectErrorStream(true).start();
            String text = new String(proc.getInputStream().readAllBytes()).strip();
            proc.waitFor(120, TimeUnit.SECONDS);
            String[] lines = text.split("\n");
            String[] figures = lines[lines.length - 1].split(" ");
            wall[i] = Double.parseDouble(figures[0]);
            cpu[i] = Double.parseDouble(figures[1]);
        }
        return new double[] {median(wall), median(cpu)};
    }

    /**
     * View times of random steps: of a one-million-step trace whose heap stays small (what the issue
     * names), and of one whose heap grows to 200,000 objects (bench/programs/objects.py), where a view
     * copies a checkpoint of the whole heap.
     */
    private static void viewBenchmark() throws IOException {
        viewBenchmark("sum_loop, 1M steps", "total = 0\nfor i in range(500000):\n    total += i\nprint(total)\n", 1000);
        Path objects = Path.of("bench/programs/objects.py");
        if (Files.exists(objects)) {
            viewBenchmark("objects.py, large heap", Files.readString(objects), 50);
        }
    }

    private static void viewBenchmark(String label, String src, int views) {
        long t0 = System.nanoTime();
        Trace t = Engine.run(src, LIMITS);
        long runMs = (System.nanoTime() - t0) / 1_000_000;
        t0 = System.nanoTime();
        t.stateBefore(0);
        long indexMs = (System.nanoTime() - t0) / 1_000_000;
        var st = t.stats();
        Random r = new Random(42);
        double[] ms = new double[views];
        for (int i = 0; i < ms.length; i++) {
            int step = r.nextInt(t.stepCount() + 1);
            long s0 = System.nanoTime();
            t.stateBefore(step);
            t.step(Math.min(step, t.stepCount() - 1)).events();
            ms[i] = (System.nanoTime() - s0) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("%n%s: trace of %,d steps: run %d ms, first view (builds checkpoints) %d ms,%n",
                label, t.stepCount(), runMs, indexMs);
        System.out.printf("  log %,d bytes + checkpoints %,d bytes = %.1f bytes/step (%d checkpoints)%n",
                st.logBytes(), st.checkpointBytes(), (double) (st.logBytes() + st.checkpointBytes()) / st.steps(), st.checkpoints());
        System.out.printf("  view of a random step: p50 %.2f ms, p99 %.2f ms, max %.2f ms (%d views)%n",
                ms[views / 2], ms[views * 99 / 100], ms[views - 1], views);
    }
}
