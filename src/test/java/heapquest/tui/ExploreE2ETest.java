package heapquest.tui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code heapquest explore} for real, in a tmux pane (TECH-NOTES §2): it draws, steps, shows help,
 * quits with q and with Ctrl-C, and leaves the terminal as it found it (stty settings, main screen).
 * Skipped where tmux is absent. Runs the command's classes through {@link Launch} (Main does not
 * register explore yet).
 */
class ExploreE2ETest {
    static final String PROGRAM = String.join("\n",
            "nums = [1, 2, 300]",
            "alias = nums",
            "del nums",
            "print('done')",
            "");

    @TempDir
    Path dir;
    String server;

    @BeforeEach
    void setUp() {
        server = "hq-e2e-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
    }

    @AfterEach
    void tearDown() throws Exception {
        if (hasTmux()) {
            tmux("kill-server");
        }
    }

    static boolean hasTmux() {
        try {
            return new ProcessBuilder("tmux", "-V").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    String tmux(String... args) throws IOException, InterruptedException {
        List<String> cmd = new java.util.ArrayList<>(List.of("tmux", "-L", server, "-f", "/dev/null"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(10, TimeUnit.SECONDS);
        return out;
    }

    String screen() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p");
    }

    String waitFor(String text, long millis) throws Exception {
        long end = System.currentTimeMillis() + millis;
        String s = "";
        while (System.currentTimeMillis() < end) {
            s = screen();
            if (s.contains(text)) {
                return s;
            }
            Thread.sleep(50);
        }
        fail("timed out waiting for '" + text + "'; the screen:\n" + s);
        return s;
    }

    void keys(String... keys) throws Exception {
        for (String k : keys) {
            tmux("send-keys", k);
            Thread.sleep(150); // Esc and the next key in separate sends, apart (else Alt+key)
        }
    }

    Path start() throws Exception {
        Path py = dir.resolve("demo.py");
        Files.writeString(py, PROGRAM);
        String cp = System.getProperty("java.class.path");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cmd = "cd '" + dir + "'; stty -g > before; '" + java + "' -cp '" + cp + "' heapquest.tui.Launch demo.py;"
                + " echo $? > rc; stty -g > after; echo FINISHED; sleep 60";
        tmux("new-session", "-d", "-x", "110", "-y", "32", cmd);
        return dir;
    }

    void assertRestored(Path d) throws Exception {
        String s = waitFor("FINISHED", 15_000);
        assertEquals("0", Files.readString(d.resolve("rc")).strip(), s);
        assertEquals(Files.readString(d.resolve("before")), Files.readString(d.resolve("after")), "stty settings restored");
        assertFalse(s.contains("heapquest explore"), "left the alternate screen:\n" + s);
    }

    @Test
    void stepsShowsHelpAndQuitsCleanly() throws Exception {
        assumeTrue(hasTmux(), "tmux is not installed");
        Path d = start();
        String s = waitFor("step 1/", 30_000);
        assertTrue(s.contains("▶ 1  nums = [1, 2, 300]"), s);
        keys("n");
        s = waitFor("┌ list", 5_000);
        assertTrue(s.contains("rc 1"), s);
        keys("n");
        s = waitFor("rc 2", 5_000);
        assertTrue(s.contains("alias"), s);
        keys("?");
        waitFor("run one line", 5_000);
        keys("Escape");
        Thread.sleep(600); // tmux's escape-time
        assertFalse(screen().contains("run one line"));
        keys("End");
        waitFor("finished", 5_000);
        keys("q");
        assertRestored(d);
    }

    @Test
    void ctrlCQuitsCleanly() throws Exception {
        assumeTrue(hasTmux(), "tmux is not installed");
        Path d = start();
        waitFor("step 1/", 30_000);
        keys("C-c");
        assertRestored(d);
    }

    @Test
    void aCrashRestoresTheTerminalBeforeTheErrorIsPrinted() throws Exception {
        assumeTrue(hasTmux(), "tmux is not installed");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cmd = "cd '" + dir + "'; stty -g > before; '" + java + "' -cp '" + System.getProperty("java.class.path")
                + "' heapquest.tui.LaunchCrash; echo $? > rc; stty -g > after; echo FINISHED; sleep 60";
        tmux("new-session", "-d", "-x", "100", "-y", "30", cmd);
        String s = waitFor("FINISHED", 30_000);
        assertEquals("1", Files.readString(dir.resolve("rc")).strip(), s);
        assertEquals(Files.readString(dir.resolve("before")), Files.readString(dir.resolve("after")), "stty restored");
        assertTrue(s.contains("heapquest: crashed: boom"), "the error is printed on the main screen:\n" + s);
        assertFalse(s.contains("CRASH TEST"), "the alternate screen is gone:\n" + s);
    }

    @Test
    void theGameWithoutATerminalPointsToThePlainMode() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path root = Path.of(System.getProperty("heapquest.root", "."));
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "heapquest.tui.LaunchGame",
                "--levels", root.resolve("levels").toString())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(3, p.exitValue(), err);
        assertEquals("heapquest: the game needs a terminal (stdin and stdout must be a TTY); try `heapquest play LEVEL --plain`",
                err.strip());
        assertEquals("", out);
    }

    @Test
    void withoutATerminalItSaysSoAndExitsThree() throws Exception {
        Path py = dir.resolve("demo.py");
        Files.writeString(py, PROGRAM);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "heapquest.tui.Launch",
                py.toString()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(3, p.exitValue(), err);
        assertTrue(err.contains("needs a terminal"), err);
        assertEquals("", out, "nothing on stdout, no escape codes");
    }
}
