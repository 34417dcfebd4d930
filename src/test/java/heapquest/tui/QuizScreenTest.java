package heapquest.tui;

import com.googlecode.lanterna.input.KeyType;
import heapquest.level.LevelPack;
import heapquest.progress.Profile;
import heapquest.progress.QuizResult;
import heapquest.quiz.Quiz;
import heapquest.quiz.QuizBuilder;
import heapquest.quiz.QuizFilter;
import heapquest.quiz.QuizSpec;
import heapquest.tui.game.QuizMode;
import heapquest.tui.game.QuizScreens;
import heapquest.tui.game.Screen;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The quiz screen: scripted keys through update, the screen read back from a virtual terminal. */
class QuizScreenTest {
    static Path pack() {
        return Path.of(System.getProperty("heapquest.root", "."), "src/test/resources/quiz/pack");
    }

    /** The game on the test pack, opened on its seed-42 quiz of 5 (as {@code heapquest quiz --seed 42 -n 5}). */
    private static GameDriver seeded() throws Exception {
        GameDriver d = new GameDriver(pack(), 100, 30);
        Quiz quiz = new QuizBuilder().build(LevelPack.load(pack()), QuizSpec.seeded(5, 42, QuizFilter.ALL),
                Profile.empty("tester"));
        d.state = QuizScreens.start(d.state, quiz);
        return d.send(new Msg.Resize(100, 30));
    }

    private static QuizMode mode(GameDriver d) {
        return ((Screen.Quiz) d.state.screen()).mode();
    }

    @Test
    void theQuestionIsAskedOverTheProgramWithItsLineMarkedAndNoHeap() throws Exception {
        GameDriver d = seeded();
        List<String> rows = d.rows();
        assertTrue(rows.get(0).startsWith(" heapquest quiz · the whole course"), rows.get(0));
        assertTrue(rows.get(0).stripTrailing().endsWith("question 1 of 5 · 0 right"), rows.get(0));
        assertTrue(rows.get(1).startsWith("╭ Two names ─"), rows.get(1));
        assertTrue(rows.get(1).endsWith("─ 01-basics · level alias ╮"), rows.get(1));
        assertTrue(rows.get(2).startsWith("│  1  a = [1, 2]  "), rows.get(2));
        assertTrue(rows.get(3).startsWith("│▶ 2  b = a                 # @alias"), rows.get(3));
        String text = d.text();
        assertTrue(text.contains("╭ Question 1 of 5 · line 2 ─"), text);
        assertTrue(text.contains("│ Are a and b the same object, just after line 2 runs?"), text);
        assertTrue(text.contains("│ ▶ 1)  yes     2)  no"), text);
        assertTrue(text.contains("│ 1-2 or ↑↓ choose · Enter answer"), text);
        assertFalse(text.contains("Heap"), "no heap view in a quiz");
        assertTrue(rows.get(29).startsWith(" Esc stop (your answers so far count)"), rows.get(29));
    }

    @Test
    void answeringShowsFeedbackThenTheNextQuestionThenTheReportAndTheSave() throws Exception {
        GameDriver d = seeded();
        d.key('1').key(KeyType.Enter);
        assertTrue(d.text().contains("│ ✓ Right: yes"), d.text());
        assertTrue(d.text().contains("╭ Question 1 of 5 · right ─"), d.text());
        d.key(KeyType.Enter).keys("3").key(KeyType.Enter);
        assertTrue(d.text().contains("│ ✗ Not quite: you said 3. The answer: 1"), d.text());
        assertTrue(d.text().contains("│ Why: name x"), d.text());
        d.key(KeyType.Enter);
        assertTrue(d.text().contains("What is len(keep), just after line 3 runs? (the 2nd time line 3 runs)"),
                d.text());
        d.keys("2").key(KeyType.Enter).key(KeyType.Enter);
        // freed: pick any number of the choices; none picked is "nothing".
        assertTrue(d.text().contains("│ ▶ 1)  [ ] Node    2)  [ ] a       3)  [ ] b"), d.text());
        d.key('2');
        assertTrue(d.text().contains("[✓] a"), d.text());
        d.key('2').key(KeyType.Enter);
        assertTrue(d.text().contains("│ ✓ Right: nothing"), d.text());
        d.key(KeyType.Enter).keys("0").key(KeyType.Enter);
        assertTrue(d.rows().get(0).stripTrailing().endsWith("question 5 of 5 · 3 right"), d.rows().get(0));
        d.key(KeyType.Enter);
        String report = d.text();
        assertTrue(report.contains("╭ Quiz report ─"), report);
        for (String line : List.of("│ Quiz over: 3 of 5 right (60%).", "│ By concept, weakest first:",
                "│   refcount    1 of 2", "│   weakref     0 of 1", "│ Levels to revisit:",
                "│   counts  Counting references  (question 2)", "│   weak    A weak reference  (question 5)",
                "│ Seed 42: the same options and levels give everyone these questions.")) {
            assertTrue(report.contains(line), line + "\n" + report);
        }
        List<QuizResult> saved = d.saved().quizzes();
        assertEquals(1, saved.size());
        assertEquals(3, saved.get(0).right());
        assertEquals(5, saved.get(0).questions());
        assertEquals(42, saved.get(0).seed());
        d.key(KeyType.Escape);
        assertTrue(d.state.quit(), "opened by heapquest quiz: leaving the report ends the game");
        assertEquals(1, d.saved().quizzes().size(), "recorded once");
    }

    @Test
    void escapeMidQuizReportsAndRecordsTheAnswersGiven() throws Exception {
        GameDriver d = seeded();
        d.key(KeyType.Enter).key(KeyType.Enter); // "yes": right
        d.key(KeyType.Escape);
        assertTrue(d.text().contains("╭ Quiz stopped ─"), d.text());
        assertTrue(d.text().contains("│ Quiz stopped after 1 of 5 questions: 1 of 1 right (100%)."), d.text());
        assertEquals(1, d.saved().quizzes().get(0).questions());
    }

    @Test
    void escapeBeforeAnyAnswerLeavesWithNothingRecorded() throws Exception {
        GameDriver d = seeded();
        d.key(KeyType.Escape);
        assertTrue(d.state.quit());
        assertTrue(d.saved().quizzes().isEmpty());
    }

    @Test
    void aTypedAnswerTakesEscToClearNotToLeave() throws Exception {
        GameDriver d = seeded();
        d.key(KeyType.Enter).key(KeyType.Enter).keys("12").key(KeyType.Escape);
        assertFalse(d.state.quit());
        assertEquals(QuizMode.Phase.ASKING, mode(d).phase());
        d.key(KeyType.Enter);
        assertTrue(d.text().contains("Type your answer, then Enter."), d.text());
    }

    @Test
    void theMapOpensAQuizWithTAndShowsTheKey() throws Exception {
        GameDriver d = new GameDriver(pack(), 100, 30);
        assertTrue(d.rows().get(29).contains("t quiz"), d.text());
        d.key('?');
        assertTrue(d.text().contains("││ t                test yourself: a quiz of 10 questions leaning to your weak concepts"),
                d.text());
        d.key('?').key('t');
        // Drawn on the calling thread in the driver: the first question is up at once.
        assertTrue(d.rows().get(0).contains("question 1 of 10 · 0 right"), d.rows().get(0));
        assertTrue(d.rows().get(0).contains("quiz · the whole course"), d.rows().get(0));
        d.key(KeyType.Escape);
        assertTrue(d.state.screen() instanceof Screen.LevelMap, "back to the map, not out of the game");
        assertFalse(d.state.quit());
    }

    @Test
    void aQuizThatCannotBeDrawnSaysWhy() throws Exception {
        GameDriver d = new GameDriver(java.nio.file.Files.createTempDirectory("no-levels"), 100, 30);
        d.key('t');
        assertTrue(d.text().contains("no questions to ask in the whole course"), d.text());
        d.key(KeyType.Escape);
        assertTrue(d.state.screen() instanceof Screen.LevelMap);
    }
}
