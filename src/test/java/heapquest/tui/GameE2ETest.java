package heapquest.tui;

import heapquest.level.Answer;
import heapquest.level.Checker;
import heapquest.level.Level;
import heapquest.level.LevelPack;
import heapquest.level.Solution;
import heapquest.level.Solved;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The game for real, in tmux: opens the level map, plays the first level of the bundled pack to
 * its end with the right answers (computed here by the checker, typed there as a player would),
 * checks the screen at each question, and that quitting gives the terminal back as it was.
 * Skipped where tmux is absent.
 */
class GameE2ETest {
    @TempDir
    Path dir;
    final String server = "hq-game-" + ProcessHandle.current().pid() + "-" + System.nanoTime();

    @AfterEach
    void tearDown() throws Exception {
        if (ExploreE2ETest.hasTmux()) {
            tmux("kill-server");
        }
    }

    String tmux(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", server, "-f", "/dev/null"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(10, TimeUnit.SECONDS);
        return out;
    }

    String screen() throws Exception {
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

    String waitForMatch(String regex, long millis) throws Exception {
        long end = System.currentTimeMillis() + millis;
        String s = "";
        while (System.currentTimeMillis() < end) {
            s = screen();
            if (s.matches(regex)) {
                return s;
            }
            Thread.sleep(50);
        }
        fail("timed out waiting for /" + regex + "/; the screen:\n" + s);
        return s;
    }

    void send(String... keys) throws Exception {
        for (String k : keys) {
            tmux("send-keys", k);
            Thread.sleep(120);
        }
    }

    void type(String text) throws Exception {
        tmux("send-keys", "-l", text);
        Thread.sleep(120);
    }

    @Test
    void playsTheFirstLevelToTheEndAndRestoresTheTerminal() throws Exception {
        assumeTrue(ExploreE2ETest.hasTmux(), "tmux is not installed");
        Path root = Path.of(System.getProperty("heapquest.root", "."));
        LevelPack pack = LevelPack.load(root.resolve("levels"));
        Level first = pack.levels().get(0);
        Solution sol = new Checker().solve(first);
        assertTrue(sol.ok(), sol.problems().toString());
        List<Solved> questions = new ArrayList<>(sol.solved());
        questions.sort(Comparator.comparingInt(s -> sol.trace().stepsAtLine(s.line()).get(s.question().occurrence() - 1)));

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cmd = "cd '" + root + "'; stty -g > '" + dir + "/before'; '" + java + "' -cp '"
                + System.getProperty("java.class.path") + "' heapquest.tui.LaunchGame --no-animation; echo $? > '" + dir
                + "/rc'; stty -g > '" + dir + "/after'; echo FINISHED; sleep 60";
        tmux("new-session", "-d", "-x", "130", "-y", "40", cmd);

        String s = waitFor("level map", 30_000);
        assertTrue(s.contains(first.title()), s);
        assertTrue(s.contains("0 of " + pack.levels().size() + " levels done"), s);
        send("Enter");
        waitFor("Enter start", 10_000);
        send("Enter");
        waitFor("Question 1 of " + questions.size(), 30_000);

        int at = -1;
        for (int i = 0; i < questions.size(); i++) {
            Solved q = questions.get(i);
            int step = sol.trace().stepsAtLine(q.line()).get(q.question().occurrence() - 1);
            if (step != at) {
                send("c"); // run to it; when it waits at the same step, c could be typed into its answer
                at = step;
            }
            s = waitForMatch("(?s).*▶ *" + q.line() + " .*Question " + (i + 1) + " of " + questions.size() + ".*"
                    + "Enter answer.*", 10_000); // its line marked, the question asked, the input waiting
            assertTrue(s.contains(q.prompt().substring(0, Math.min(30, q.prompt().length()))), "prompt on screen:\n" + s);
            answer(q);
            s = waitFor("Right", 10_000);
            assertTrue(s.contains("Why:"), s);
            send("Enter");
        }
        send("c");
        s = waitFor("Level complete", 15_000);
        assertTrue(s.contains("★ ★ ★"), s);
        assertTrue(s.contains(questions.size() + " of " + questions.size()), s);
        send("q");
        s = waitFor("FINISHED", 15_000);
        assertEquals("0", Files.readString(dir.resolve("rc")).strip(), s);
        assertEquals(Files.readString(dir.resolve("before")), Files.readString(dir.resolve("after")), "stty restored");
        assertFalse(s.contains("level map"), "left the alternate screen:\n" + s);
    }

    private void answer(Solved q) throws Exception {
        if (q.answer() instanceof Answer.Objects objs) {
            for (Answer.Picked o : objs.objects()) {
                String want = "On: " + o.type() + " 0x" + Long.toHexString(o.address());
                boolean found = false;
                for (int tries = 0; tries < 30 && !found; tries++) {
                    send("Tab");
                    found = screen().contains(want);
                }
                assertTrue(found, "the cursor reaches " + want + ":\n" + screen());
                send("Space");
            }
            send("Enter");
        } else if (!q.choices().isEmpty()) {
            int i = 0;
            while (!q.check(q.choices().get(i))) {
                i++;
            }
            type(String.valueOf(i + 1));
            send("Enter");
        } else if (q.answer() instanceof Answer.Bool b) {
            type(b.value() ? "y" : "n");
            send("Enter");
        } else {
            type(q.answer().display());
            send("Enter");
        }
    }
}
