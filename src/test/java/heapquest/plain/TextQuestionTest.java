package heapquest.plain;

import heapquest.level.Checker;
import heapquest.level.LevelLoader;
import heapquest.level.Solution;
import heapquest.level.Solved;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

class TextQuestionTest {
    static Solution elephant;

    @BeforeAll
    static void solve() {
        Path file = Path.of(System.getProperty("heapquest.root", "."), "levels/01-names-and-objects/01-the-elephant.yaml");
        elephant = new Checker().solve(LevelLoader.load(file, file.toString(), "01-names-and-objects").level());
        assertTrue(elephant.ok(), elephant.problems().toString());
    }

    /** Asks question id with the given input; returns the reply and what was printed. */
    record Asked(Optional<TextQuestion.Reply> reply, String out) {}

    static Asked ask(String id, String input) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        TextQuestion q = new TextQuestion(new BufferedReader(new StringReader(input)), out, true);
        Solved s = elephant.question(id).orElseThrow();
        Optional<TextQuestion.Reply> r = q.ask(s, "Question 1 of 6, line " + s.line());
        r.ifPresent(reply -> q.feedback(s, reply));
        return new Asked(r, bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void choicesAreNumberedAndAnsweredByNumber() throws IOException {
        Asked a = ask("one-name", "2\n");
        assertEquals("""
                Question 1 of 6, line 16: What is sys.getrefcount(my_object) - 1, just after line 16 runs?
                  1) 0
                  2) 1
                  3) 2
                  4) 3
                Answer with a number from 1 to 4. (h: hint)
                Your answer: 2
                Right: 1
                Why: name my_object; 1 weak reference (not counted)
                Only the name my_object holds the elephant; my_object2 is weak and does not count.
                """, a.out());
        assertEquals(new TextQuestion.Reply("1", true, false), a.reply().orElseThrow());
    }

    @Test
    void hintThenAWrongAnswerAfterARetry() throws IOException {
        Asked a = ask("one-name", "h\n7\n3\n");
        assertTrue(a.out().contains("Your answer: h\nHint: Does a weak reference count?\n"), a.out());
        assertTrue(a.out().contains("Your answer: 7\nChoose a number from 1 to 4.\n"), a.out());
        assertTrue(a.out().contains("Not quite: you said 2. The answer: 1\n"), a.out());
        assertEquals(new TextQuestion.Reply("2", false, true), a.reply().orElseThrow());
    }

    @Test
    void yesNoIdChange() throws IOException {
        Asked a = ask("ten-id", "yes\n");
        assertTrue(a.out().startsWith("Question 1 of 6, line 12: Does id(my_int1) change when line 12 runs?\n"), a.out());
        assertEquals(new TextQuestion.Reply("yes", true, false), a.reply().orElseThrow());
    }

    @Test
    void aChoiceOfSeveralPrintedLinesShowsThemUnderEachOther() throws IOException {
        Path file = Path.of(System.getProperty("heapquest.root", "."), "levels/07-cycles-and-the-collector/05-the-phoenix.yaml");
        Solution phoenix = new Checker().solve(LevelLoader.load(file, file.toString(), "07").level());
        Solved s = phoenix.question("pair-collected").orElseThrow();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TextQuestion q = new TextQuestion(new BufferedReader(new StringReader("")), new PrintStream(bytes, true,
                StandardCharsets.UTF_8), true);
        q.ask(s, "Question 1");
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.matches("(?s).*\n  \\d\\) del x\n     del y\n     2\n.*"), out);
    }

    @Test
    void typedValueAndYesNoByLetter() throws IOException {
        assertTrue(ask("doubled-is-new", "320\n").reply().orElseThrow().right());
        Asked a = ask("alive-before", "y\n");
        assertEquals(new TextQuestion.Reply("yes", true, false), a.reply().orElseThrow());
        assertTrue(a.out().contains("No hint") == false, "no hint offered for a question without one");
        assertFalse(a.out().contains("(h: hint)"), a.out());
    }

    @Test
    void freedObjectsByNumbersOrNone() throws IOException {
        assertEquals(new TextQuestion.Reply("my_object", true, false), ask("what-dies", "2\n").reply().orElseThrow());
        assertEquals(new TextQuestion.Reply("elephant, my_object2", false, false),
                ask("what-dies", "1, 3\n").reply().orElseThrow());
        TextQuestion.Reply none = ask("what-dies", "0\n").reply().orElseThrow();
        assertEquals("nothing", none.given());
        assertFalse(none.right());
    }

    @Test
    void endOfInputBeforeAnAnswerIsNoReply() throws IOException {
        Asked a = ask("one-name", "h\n");
        assertTrue(a.reply().isEmpty());
        assertTrue(a.out().contains("Hint: Does a weak reference count?"), a.out());
    }
}
