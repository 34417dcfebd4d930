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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
    final Tmux t = new Tmux("hq-game");

    @AfterEach
    void tearDown() throws Exception {
        if (Tmux.installed()) {
            t.kill();
        }
    }

    @Test
    void playsTheFirstLevelToTheEndAndRestoresTheTerminal() throws Exception {
        assumeTrue(Tmux.installed(), "tmux is not installed");
        Path root = Path.of(System.getProperty("heapquest.root", "."));
        LevelPack pack = LevelPack.load(root.resolve("levels"));
        Level first = pack.levels().get(0);
        Solution sol = new Checker().solve(first);
        assertTrue(sol.ok(), sol.problems().toString());
        List<Solved> questions = new ArrayList<>(sol.solved());
        questions.sort(Comparator.comparingInt(s -> sol.trace().stepsAtLine(s.line()).get(s.question().occurrence() - 1)));

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // Saves in the test's own folder: the repository's saves/ would keep the level done for the next run.
        String cmd = "cd '" + root + "'; stty -g > '" + dir + "/before'; HEAPQUEST_SAVES='" + dir + "/saves' '" + java
                + "' -cp '"
                + System.getProperty("java.class.path") + "' heapquest.tui.LaunchGame --no-animation; echo $? > '" + dir
                + "/rc'; stty -g > '" + dir + "/after'; echo FINISHED; sleep 60";
        t.start(130, 40, cmd);

        String s = t.waitFor("level map", 30_000);
        assertTrue(s.contains(first.title()), s);
        assertTrue(s.contains("0 of " + pack.levels().size() + " levels done"), s);
        t.send("Enter");
        t.waitFor("Enter start", 10_000);
        t.send("Enter");
        t.waitFor("Question 1 of " + questions.size(), 30_000);

        int at = -1;
        for (int i = 0; i < questions.size(); i++) {
            Solved q = questions.get(i);
            int step = sol.trace().stepsAtLine(q.line()).get(q.question().occurrence() - 1);
            if (step != at) {
                t.send("c"); // run to it; when it waits at the same step, c could be typed into its answer
                at = step;
            }
            s = t.waitForMatch("(?s).*▶ *" + q.line() + " .*Question " + (i + 1) + " of " + questions.size() + ".*"
                    + "Enter answer.*", 10_000); // its line marked, the question asked, the input waiting
            assertTrue(s.contains(q.prompt().substring(0, Math.min(30, q.prompt().length()))), "prompt on screen:\n" + s);
            answer(q);
            s = t.waitFor("Right", 10_000);
            assertTrue(s.contains("Why:"), s);
            t.send("Enter");
        }
        t.send("c");
        // the whole summary, down to its last line: with a next level to offer it takes longer to draw
        s = t.waitForMatch("(?s).*Level complete.*q quit.*", 15_000);
        assertTrue(s.contains("★ ★ ★"), s);
        assertTrue(s.contains(questions.size() + " of " + questions.size()), s);
        t.send("q");
        s = t.waitFor("FINISHED", 15_000);
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
                    t.send("Tab");
                    found = t.screen().contains(want);
                }
                assertTrue(found, "the cursor reaches " + want + ":\n" + t.screen());
                t.send("Space");
            }
            t.send("Enter");
        } else if (!q.choices().isEmpty()) {
            int i = 0;
            while (!q.check(q.choices().get(i))) {
                i++;
            }
            t.type(String.valueOf(i + 1));
            t.send("Enter");
        } else if (q.answer() instanceof Answer.Bool b) {
            t.type(b.value() ? "y" : "n");
            t.send("Enter");
        } else {
            t.type(q.answer().display());
            t.send("Enter");
        }
    }
}
