package heapquest.plain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import heapquest.level.Checker;
import heapquest.level.Level;
import heapquest.level.LevelLoader;
import heapquest.level.Solution;
import heapquest.progress.ProgressStore;
import heapquest.progress.SaveStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.*;

/** The plain mode plays the bundled first level from piped answers, and records it as the game does. */
class PlainPlayTest {
    static final Path ELEPHANT = Path.of(System.getProperty("heapquest.root", "."),
            "levels/01-names-and-objects/01-the-elephant.yaml");
    /** The right answers, as a player would type them: choice numbers, a value, y/n. */
    static final String RIGHT = "y\n320\n2\ny\n2\nn\n";

    static Level level;
    static Solution solution;

    @TempDir
    Path saves;

    @BeforeAll
    static void solve() {
        level = LevelLoader.load(ELEPHANT, ELEPHANT.toString(), "01-names-and-objects").level();
        solution = new Checker().solve(level);
        assertTrue(solution.ok(), solution.problems().toString());
    }

    record Played(PlainPlay.Ending ending, String out) {}

    Played play(String input) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ProgressStore store = store();
        AtomicLong clock = new AtomicLong(1_000_000);
        PlainPlay plain = new PlainPlay(new BufferedReader(new StringReader(input)), out, true, store,
                () -> clock.addAndGet(10_000)); // ten seconds between readings
        PlainPlay.Ending e = plain.play(level, solution, store.load().profile(), "Names and objects");
        return new Played(e, bytes.toString(StandardCharsets.UTF_8));
    }

    ProgressStore store() {
        return new ProgressStore(new SaveStore(saves, Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC)),
                "reader");
    }

    JsonNode saved() throws IOException {
        return new ObjectMapper().readTree(Files.readString(saves.resolve("reader.json"))).path("levels").path("the-elephant");
    }

    @Test
    void aWholeLevelFromPipedAnswers() throws IOException {
        Played p = play(RIGHT);
        assertEquals(PlainPlay.Ending.FINISHED, p.ending());
        String out = p.out();
        assertTrue(out.startsWith("The elephant and the number  (Names and objects)  [ids, rebinding, small-ints, weakref]\n\n"
                + "Python keeps every value in an object on the heap; a name only refers to one.\n"), out);
        assertTrue(out.contains("The program:\n   1  import weakref\n   2  class elephant():\n"), out);
        assertTrue(out.contains("  12  my_int1 *= 2 "), out);
        // The state before the first question, as text.
        assertTrue(out.contains("""
                Before line 12 runs:  my_int1 *= 2                         # @double
                Printed so far:
                  ID before update: 0x7f3a1e4a6a48
                Names in module:
                  weakref -> module <module 'weakref'> at 0x7f3a1e39ff20
                  elephant -> type <class '__main__.elephant'> at 0x7f3a1b000010
                  my_int1 -> int 10 at 0x7f3a1e4a6a48
                  my_object -> elephant <elephant> at 0x7f3a1c204320
                Heap (4 objects):
                  0x7f3a1b000010  type  <class '__main__.elephant'>  refcount 5  held by elephant
                  0x7f3a1c204320  elephant  <elephant>  refcount 1  held by my_object
                """), out);
        assertTrue(out.contains("  0x7f3a1e4a6a48  int  10  static (made at startup, never freed)  held by my_int1\n"
                + "Question 1 of 6, line 12: Does id(my_int1) change when line 12 runs?\n"), out);
        assertEquals(6, out.split("\nRight: ", -1).length - 1, "six right answers: " + out);
        assertTrue(out.contains("Your answer: 2\nRight: 1\nWhy: name my_object; 1 weak reference (not counted)\n"), out);
        // The weakref is shown with its referent before the drop.
        assertTrue(out.contains("  0x7f3a1c204320  elephant  <elephant>  refcount 1  held by my_object, weakref → (weak)\n"), out);
        assertTrue(out.contains("It printed, after the last question:\n  my_object2 weak reference: <weakref at 0x7f3a1c204360; dead>\n"), out);
        assertTrue(out.endsWith("Level complete: The elephant and the number\n"
                + "Right the first time: 6 of 6; hints used: 0; stars: 3 of 3\n"), out);

        JsonNode l = saved();
        assertEquals("DONE", l.path("state").asText());
        assertEquals(3, l.path("stars").asInt());
        assertEquals(6, l.path("rightFirstTime").asInt());
        assertEquals(6, l.path("questionsTotal").asInt());
        assertEquals(1, l.path("attempts").asInt());
        assertEquals(10_000, l.path("bestTimeMillis").asLong(), "the clock read at the start and at the end");
        assertEquals("2026-11-25T10:00:00Z", l.path("completed").asText());
    }

    @Test
    void wrongAnswersAndHintsCostStars() throws IOException {
        Played p = play("n\n320\nh\n2\ny\n1, 3\nn\n");
        assertTrue(p.out().contains("Not quite: you said no. The answer: yes\n"), p.out());
        assertTrue(p.out().contains("Not quite: you said elephant, my_object2. The answer: my_object\n"), p.out());
        assertTrue(p.out().endsWith("Right the first time: 4 of 6; hints used: 1; stars: 2 of 3\n"), p.out());
        assertEquals(2, saved().path("stars").asInt());
        assertEquals(1, saved().path("hintsUsed").asInt());
    }

    @Test
    void endOfInputMidLevelSavesAndPlayResumesThere() throws IOException {
        Played first = play("y\n320\n");
        assertEquals(PlainPlay.Ending.INPUT_ENDED, first.ending());
        assertTrue(first.out().endsWith("Your answer: \nEnd of input: your progress is saved (2 of 6 questions answered);"
                + " play the-elephant again to go on.\n"), first.out());
        JsonNode l = saved();
        assertEquals("IN_PROGRESS", l.path("state").asText());
        assertEquals(2, l.path("questionIndex").asInt());
        assertEquals(2, l.path("rightFirstTime").asInt());

        Played rest = play("2\ny\n2\nn\n");
        assertEquals(PlainPlay.Ending.FINISHED, rest.ending());
        assertTrue(rest.out().contains("You answered 2 of these questions before; going on from question 3.\n"), rest.out());
        assertFalse(rest.out().contains("Question 2 of 6"), rest.out());
        assertTrue(rest.out().contains("Printed so far, since the last question:\n  ID after update: 0x7f3a1e4a6b88\n"),
                "only what was printed since the question answered before: " + rest.out());
        assertTrue(rest.out().endsWith("Right the first time: 6 of 6; hints used: 0; stars: 3 of 3\n"), rest.out());
        l = saved();
        assertEquals("DONE", l.path("state").asText());
        assertEquals(1, l.path("attempts").asInt(), "resumed, not a new attempt");
        assertEquals(3, l.path("stars").asInt());
    }

    @Test
    void aFinishedLevelPlayedAgainIsANewAttemptKeepingTheBestStars() throws IOException {
        play(RIGHT);
        Played again = play("n\n320\n2\ny\n2\nn\n");
        assertTrue(again.out().endsWith("stars: 2 of 3 (your best: 3)\n"), again.out());
        assertEquals(2, saved().path("attempts").asInt());
        assertEquals(3, saved().path("stars").asInt());
    }
}
