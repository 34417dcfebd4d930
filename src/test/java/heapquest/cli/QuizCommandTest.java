package heapquest.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** {@code heapquest quiz --plain} end to end: answers piped in, the transcript, the report and the save. */
class QuizCommandTest {
    @RegisterExtension
    final StdStreams std = new StdStreams();
    @TempDir
    Path dir;

    private static String pack() throws URISyntaxException {
        return Path.of(QuizCommandTest.class.getResource("/quiz/pack").toURI()).toString();
    }

    private int quiz(String input, String... args) throws Exception {
        std.input(input);
        String[] all = new String[args.length + 6];
        all[0] = "quiz";
        all[1] = "--levels";
        all[2] = pack();
        all[3] = "--saves";
        all[4] = dir.resolve("saves").toString();
        all[5] = "--profile=ann";
        System.arraycopy(args, 0, all, 6, args.length);
        return Main.run(all);
    }

    private String out() {
        return std.out();
    }

    private String err() {
        return std.err();
    }

    private JsonNode save() throws Exception {
        return new ObjectMapper().readTree(Files.readString(dir.resolve("saves/ann.json")));
    }

    @Test
    void pipedAnswersPlayTheWholeQuizAndWriteTheSave() throws Exception {
        // The seed-42 quiz of the test pack: same (y), refcount 1 (3: wrong), len 2, freed nothing (1: wrong), refcount 1.
        assertEquals(0, quiz("y\n3\n2\n1\n1\n", "--plain", "--seed", "42", "-n", "5"));
        String o = out();
        assertTrue(o.startsWith("Quiz: 5 questions from the whole course (seed 42, the same for everyone who uses it).\n"),
                o);
        assertTrue(o.contains("""
                Question 2 of 5 - Counting references (level counts)
                  1  class Box:
                  2      pass
                > 3  x = Box()             # @make
                  4  y = x                 # @alias
                  5  items = [x, y]        # @list
                  6  del y                 # @del
                Question 2 of 5, line 3: What is sys.getrefcount(x) - 1, just after line 3 runs?
                Type the answer: a whole number.
                Your answer: 3
                Not quite: you said 3. The answer: 1
                """), o);
        assertTrue(o.contains("What is len(keep), just after line 3 runs? (the 2nd time line 3 runs)"), o);
        assertTrue(o.endsWith("""
                Quiz over: 3 of 5 right (60%%).

                By concept, weakest first:
                  gc          0 of 1
                  refcount    1 of 2
                  aliasing    1 of 1
                  containers  1 of 1
                  weakref     1 of 1

                Levels to revisit:
                  counts  Counting references  (question 2)
                  cycle   A cycle  (question 4)

                Seed 42: the same options and levels give everyone these questions.
                Recorded in %s.
                """.formatted(dir.resolve("saves").resolve("ann.json"))), o);
        assertEquals("", err());
        JsonNode quiz = save().get("quizzes").get(0);
        assertEquals(42, quiz.get("seed").asLong());
        assertEquals(5, quiz.get("questions").asInt());
        assertEquals(3, quiz.get("right").asInt());
        assertEquals(2, save().get("concepts").get("refcount").get("asked").asInt());
        assertEquals(1, save().get("concepts").get("refcount").get("rightFirstTime").asInt());
    }

    @Test
    void endOfInputMidQuizRecordsTheAnswersGiven() throws Exception {
        assertEquals(0, quiz("y\n3\n", "--plain", "--seed", "42", "-n", "5"));
        assertTrue(out().contains("Quiz stopped after 2 of 5 questions: 1 of 2 right (50%)."), out());
        JsonNode quiz = save().get("quizzes").get(0);
        assertEquals(2, quiz.get("questions").asInt());
        assertEquals(1, quiz.get("right").asInt());
    }

    @Test
    void noInputAtAllRecordsNothing() throws Exception {
        assertEquals(0, quiz("", "--plain", "--seed", "1"));
        assertTrue(out().endsWith("Nothing answered, nothing recorded.\n"), out());
        assertFalse(Files.exists(dir.resolve("saves/ann.json")));
    }

    @Test
    void aFormThatIsNotAnAnswerIsAskedAgain() throws Exception {
        assertEquals(0, quiz("maybe\ny\n", "--plain", "--seed", "42", "-n", "5"));
        assertTrue(out().contains("Your answer: maybe\nAnswer y or n.\nYour answer: y\nRight: yes\n"), out());
    }

    @Test
    void filtersReachTheDraw() throws Exception {
        assertEquals(0, quiz("", "--plain", "--seed", "1", "--concept", "gc", "--concept", "weakref"));
        assertTrue(out().startsWith("Quiz: 6 questions from concepts gc, weakref (seed 1, the same for everyone "
                + "who uses it); only 6 match.\n"), out());
        assertFalse(out().contains("(level alias)"));
        std.reset();
        assertEquals(0, quiz("", "--plain", "--seed", "1", "--chapter", "1", "-n", "3"));
        assertTrue(out().startsWith("Quiz: 3 questions from chapter 1 (seed 1"), out());
        assertFalse(out().contains("(level weak)"));
    }

    @Test
    void badOptionsGetOneLine() throws Exception {
        assertEquals(2, quiz("", "--plain", "--concept", "gcc"));
        assertEquals("heapquest: no level teaches the concept 'gcc' (did you mean 'gc'?) (concepts: aliasing, "
                + "containers, gc, refcount, weakref)\n", err());
        std.reset();
        assertEquals(2, quiz("", "--plain", "-n", "0"));
        assertEquals("heapquest: the number of questions must be from 1 to 200, not 0\n", err());
        std.reset();
        assertEquals(2, Main.run("quiz", "--plain", "--levels", dir.resolve("nowhere").toString()));
        assertTrue(err().startsWith("heapquest: " + dir.resolve("nowhere") + ": no such folder"), err());
    }

    @Test
    void withoutATerminalAndWithoutPlainItSaysWhatToDo() throws Exception {
        assertEquals(3, quiz("", "--seed", "1"));
        assertEquals(QuizCommand.NO_TTY_MESSAGE + "\n", err());
        assertEquals("", out());
    }
}
