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
        Asked a = ask("ten-id", "2\n");
        assertEquals("""
                Question 1 of 6, line 12: What is hex(id(my_int1)), just before line 12 runs?
                  1) 0x7f3a1e4a6a28
                  2) 0x7f3a1e4a6a48
                  3) 0x7f3a1e4a6a68
                  4) 0x7f3a1e4a6a88
                Answer with a number from 1 to 4. (h: hint)
                Your answer: 2
                Right: 0x7f3a1e4a6a48
                Why: int 10 at 0x7f3a1e4a6a48 (static); small ints (-5 to 256) are made once at startup, 32 bytes apart: id(n) = id(0) + 32*n
                Before the line runs, my_int1 refers to the cached small int 10.
                """, a.out());
        assertEquals(new TextQuestion.Reply("0x7f3a1e4a6a48", true, false), a.reply().orElseThrow());
    }

    @Test
    void hintThenAWrongAnswerAfterARetry() throws IOException {
        Asked a = ask("ten-id", "h\n7\n1\n");
        assertTrue(a.out().contains("Your answer: h\nHint: 10 is a small int; its address is fixed when the interpreter starts.\n"), a.out());
        assertTrue(a.out().contains("Your answer: 7\nChoose a number from 1 to 4.\n"), a.out());
        assertTrue(a.out().contains("Not quite: you said 0x7f3a1e4a6a28. The answer: 0x7f3a1e4a6a48\n"), a.out());
        assertEquals(new TextQuestion.Reply("0x7f3a1e4a6a28", false, true), a.reply().orElseThrow());
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
