package heapquest.tui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code heapquest quiz} for real, in tmux: the seed-42 quiz of the test pack answered from the
 * keyboard, the report on screen, the save written, the terminal given back as it was. Skipped
 * where tmux is absent.
 */
class QuizE2ETest {
    @TempDir
    Path dir;
    final Tmux t = new Tmux("hq-quiz");

    @AfterEach
    void tearDown() throws Exception {
        if (Tmux.installed()) {
            t.kill();
        }
    }

    @Test
    void aSeededQuizAnsweredAtTheKeyboardIsReportedAndSaved() throws Exception {
        assumeTrue(Tmux.installed(), "tmux is not installed");
        Path root = Path.of(System.getProperty("heapquest.root", "."));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cmd = "cd '" + root + "'; stty -g > '" + dir + "/before'; '" + java + "' -cp '"
                + System.getProperty("java.class.path") + "' heapquest.cli.Main quiz --seed 42 -n 5 --levels "
                + "src/test/resources/quiz/pack --saves '" + dir + "/saves' --profile e2e; echo $? > '" + dir
                + "/rc'; stty -g > '" + dir + "/after'; echo FINISHED; sleep 60";
        t.start(120, 40, cmd);

        String s = t.waitFor("Question 1 of 5", 30_000);
        assertTrue(s.contains("▶ 2  b = a"), s);
        assertFalse(s.contains("Heap"), "no heap view:\n" + s);
        t.type("1");
        t.send("Enter");
        t.waitFor("Right: yes", 10_000);
        t.send("Enter");
        t.waitFor("Question 2 of 5", 10_000);
        t.type("3");
        t.send("Enter");
        s = t.waitFor("Not quite: you said 3. The answer: 1", 10_000);
        t.send("Enter");
        t.waitFor("(the 2nd time line 3 runs)", 10_000);
        t.type("2");
        t.send("Enter", "Enter");
        t.waitFor("Which objects are freed when line 8 runs?", 10_000);
        t.send("Enter", "Enter"); // nothing picked: nothing is freed (right)
        t.waitFor("Question 5 of 5", 10_000);
        t.type("1");
        t.send("Enter", "Enter");
        s = t.waitFor("Quiz report", 10_000);
        assertTrue(s.contains("Quiz over: 4 of 5 right (80%)."), s);
        assertTrue(s.contains("counts  Counting references  (question 2)"), s);
        t.send("Escape");
        s = t.waitFor("FINISHED", 15_000);
        assertEquals("0", Files.readString(dir.resolve("rc")).strip(), s);
        assertEquals(Files.readString(dir.resolve("before")), Files.readString(dir.resolve("after")), "stty restored");
        JsonNode quiz = new ObjectMapper().readTree(dir.resolve("saves/e2e.json").toFile()).get("quizzes").get(0);
        assertEquals(42, quiz.get("seed").asLong());
        assertEquals(4, quiz.get("right").asInt());
        assertEquals(5, quiz.get("questions").asInt());
    }
}
