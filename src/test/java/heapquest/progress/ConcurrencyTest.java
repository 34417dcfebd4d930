package heapquest.progress;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Read-modify-write from many threads, stores and processes on one profile loses nothing. */
class ConcurrencyTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(120)
    void twoStoresManyThreadsNothingLost() throws Exception {
        SaveStore[] stores = {new SaveStore(dir, Fixtures.CLOCK), new SaveStore(dir, Fixtures.CLOCK)};
        int threads = 8;
        int perThread = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        SaveStore store = stores[(thread + i) % 2];   // interleave the two stores
                        String level = "t" + thread + "-" + i;
                        store.recordLevelProgress("alice", level, i, 0);
                        store.recordAnswer("alice", level, List.of("shared", "t" + thread), true, false);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get(100, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        Profile p = new SaveStore(dir, Fixtures.CLOCK).load("alice").profile();
        assertEquals(threads * perThread, p.levels().size());
        for (int t = 0; t < threads; t++) {
            for (int i = 0; i < perThread; i++) {
                LevelProgress l = p.level("t" + t + "-" + i);
                assertEquals(i, l.step(), "t" + t + "-" + i);
                assertEquals(1, l.questionsTotal(), "t" + t + "-" + i);
            }
            assertEquals(new ConceptStats(perThread, perThread), p.concept("t" + t));
        }
        assertEquals(new ConceptStats(threads * perThread, threads * perThread), p.concept("shared"));
        assertTempFilesGone();
    }

    @Test
    @Timeout(180)
    void twoOtherJvmsAndThisOneNothingLost() throws Exception {
        int count = 40;
        Path signals = Files.createDirectory(dir.resolve("signals"));
        Path go = signals.resolve("go");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> children = new ArrayList<>();
        for (String prefix : List.of("jvm1", "jvm2")) {
            children.add(new ProcessBuilder(java, "-XX:TieredStopAtLevel=1",
                    "-cp", System.getProperty("java.class.path"),
                    ConcurrentWriter.class.getName(), dir.toString(), "alice", prefix, String.valueOf(count),
                    go.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(signals.resolve(prefix + ".log").toFile())
                    .start());
        }
        // Start all three writers together, so that their updates really interleave.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!(Files.exists(signals.resolve("go.jvm1.ready")) && Files.exists(signals.resolve("go.jvm2.ready")))) {
            assertTrue(System.nanoTime() < deadline, "child JVMs did not start");
            for (Process child : children) {
                assertTrue(child.isAlive() || child.exitValue() == 0, () -> "child JVM failed: " + readLogs());
            }
            Thread.sleep(10);
        }
        Files.createFile(go);
        ConcurrentWriter.main(new String[] {dir.toString(), "alice", "here", String.valueOf(count)});
        for (Process child : children) {
            assertTrue(child.waitFor(150, TimeUnit.SECONDS), "child JVM did not finish");
            assertEquals(0, child.exitValue(), () -> "child JVM failed: " + readLogs());
        }

        Profile p = new SaveStore(dir, Fixtures.CLOCK).load("alice").profile();
        assertEquals(3 * count, p.levels().size());
        for (String prefix : List.of("jvm1", "jvm2", "here")) {
            for (int i = 0; i < count; i++) {
                assertEquals(1, p.level(prefix + "-" + i).questionsTotal(), prefix + "-" + i);
            }
        }
        assertEquals(new ConceptStats(3 * count, 3 * (count / 2)), p.concept("shared"));
        assertTempFilesGone();
    }

    private String readLogs() {
        try {
            return Files.readString(dir.resolve("signals/jvm1.log")) + Files.readString(dir.resolve("signals/jvm2.log"));
        } catch (java.io.IOException e) {
            return "(no logs: " + e + ")";
        }
    }

    private void assertTempFilesGone() throws Exception {
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")));
        }
    }
}
