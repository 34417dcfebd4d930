package heapquest.tui;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * With {@code -Dheapquest.startupLog=FILE}, appends "ms since JVM start: what" lines to FILE at
 * the milestones of starting the UI. Nothing may be printed while the screen is up, so timings go
 * to a file; without the property this does nothing.
 */
public final class StartupLog {
    private static final String FILE = System.getProperty("heapquest.startupLog");

    private StartupLog() {}

    public static void mark(String what) {
        if (FILE == null) {
            return;
        }
        long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        long cpu = -1;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            cpu = os.getProcessCpuTime() / 1_000_000; // all threads: on a busy machine, what it would take idle
        }
        try {
            Files.writeString(Path.of(FILE), ms + " ms (cpu " + cpu + " ms): " + what + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            // a diagnostic only
        }
    }
}
