package heapquest.tui;

import com.googlecode.lanterna.input.KeyType;
import heapquest.level.LevelPack;
import heapquest.progress.Activity;
import heapquest.progress.LevelProgress;
import heapquest.progress.LevelState;
import heapquest.tui.game.Asked;
import heapquest.tui.game.Input;
import heapquest.tui.game.PlayState;
import heapquest.progress.ProgressStore;
import heapquest.tui.game.Screen;
import heapquest.tui.render.ColorMode;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class GameTest {

    static GameDriver good() {
        return new GameDriver(GameDriver.goodPack(), 120, 36);
    }

    @Test
    void mapListsChaptersLevelsAndPreselectsTheNext() {
        GameDriver d = good();
        String s = d.text();
        assertTrue(s.contains("level map"), s);
        assertTrue(s.contains("0 of 3 levels done"), s);
        assertTrue(s.contains("Aliasing") || s.contains("aliasing"), s);
        assertTrue(s.contains("A cycle outlives its names"), s);
        assertTrue(d.rows().stream().anyMatch(r -> r.contains("▶") && r.contains("·")), "cursor on a new level: " + s);
        assertEquals(0, ((Screen.LevelMap) d.state.screen()).cursor());
        d.key(KeyType.ArrowDown);
        assertEquals(1, ((Screen.LevelMap) d.state.screen()).cursor());
    }

    @Test
    void lessonThenPlayStopsAtTheFirstQuestion() {
        GameDriver d = good().key(KeyType.Enter);
        assertInstanceOf(Screen.Lesson.class, d.state.screen());
        assertTrue(d.text().contains("Enter start"), d.text());
        d.key(KeyType.Enter);
        assertTrue(d.playing(), d.text());
        PlayState p = d.play();
        assertTrue(p.asked().size() >= 2);
        d.key('c');
        assertTrue(d.play().active(), "c runs to the first question");
        Asked a = d.play().asked().get(0);
        String s = d.text();
        assertTrue(s.contains("Question 1 of " + p.asked().size()), s);
        assertTrue(s.contains(a.solved().prompt().substring(0, 20)), s);
        int line = a.solved().line();
        assertTrue(d.rows().stream().anyMatch(r -> r.matches(".*▶ *" + line + " .*")), "the question's line is marked: " + s);
        int step = d.play().viewer().step();
        d.key(KeyType.ArrowRight); // (n would answer "no" to a yes/no question)
        assertEquals(step, d.play().viewer().step(), "stepping stops at an unanswered question");
        assertTrue(d.text().contains("first."), d.text());
    }

    @Test
    void wrongAnswerShowsTheTruthAndWhy() {
        GameDriver d = good().key(KeyType.Enter).key(KeyType.Enter).key('c');
        Asked a = d.play().asked().get(0);
        if (a.input() instanceof Input.Pick pick) {
            int wrong = 0;
            while (a.solved().check(pick.options().get(wrong))) {
                wrong++;
            }
            d.key((char) ('1' + wrong)).key(KeyType.Enter);
        } else {
            d.keys("12345").key(KeyType.Enter);
        }
        String s = d.text();
        assertTrue(s.contains("Not quite"), s);
        assertTrue(s.contains("The answer: " + a.solved().answer().display()), s);
        assertTrue(s.contains("Why: "), s);
        assertFalse(d.play().asked().get(0).right());
        d.key(KeyType.Enter);
        assertFalse(d.text().contains("Not quite"), "Enter goes on");
    }

    @Test
    void theElephantPlayedRightToTheEndGivesThreeStarsAndTheNext() throws Exception {
        ProgressStore store = GameDriver.tempStore();
        GameDriver d = new GameDriver(GameDriver.bundled(), 120, 36, store, UiOptions.of(false, ColorMode.ANSI16, true));
        d.key(KeyType.Enter).key(KeyType.Enter);
        assertTrue(d.playing(), d.text());
        d.playThrough();
        assertInstanceOf(Screen.Summary.class, d.state.screen(), d.text());
        String s = d.text();
        assertTrue(s.contains("Level complete"), s);
        assertTrue(s.contains("★ ★ ★"), s);
        assertTrue(s.contains("6 of 6"), s);
        LevelProgress r = d.saved().level("the-elephant");
        assertEquals(LevelState.DONE, r.state());
        assertEquals(3, r.stars());
        assertEquals(6, r.rightFirstTime());
        d.key(KeyType.Escape);
        // The bundled pack grows as levels are written: one done out of however many it has.
        int levels = LevelPack.load(GameDriver.bundled()).levels().size();
        assertTrue(d.text().contains("1 of " + levels + " levels done"), d.text());
        assertTrue(d.text().contains("✓ ★★★"), d.text());
    }

    @Test
    void freedIsAnsweredByPickingBoxesInTheHeap() {
        GameDriver d = new GameDriver(GameDriver.bundled(), 120, 36).key(KeyType.Enter).key(KeyType.Enter);
        for (int guard = 0; guard < 50; guard++) {
            PlayState p = d.play();
            if (p.feedback() >= 0) {
                d.key(KeyType.Enter);
            } else if (p.active() && p.asked().get(p.current()).input() instanceof Input.Objects) {
                break;
            } else if (p.active()) {
                d.answerRight();
            } else {
                d.key('c');
            }
        }
        assertTrue(d.text().contains("Which objects are freed"), d.text());
        d.key(KeyType.Tab);
        int on = d.play().viewer().selected();
        assertTrue(on >= 0);
        assertTrue(d.text().contains("On: "), d.text());
        d.key(' ');
        assertTrue(d.play().viewer().picked().contains(on));
        assertTrue(d.text().contains("✗ "), "the pick is marked on its box: " + d.text());
        d.key(' ');
        assertTrue(d.play().viewer().picked().isEmpty(), "space toggles");
        d.answerRight();
        assertTrue(d.text().contains("Right"), d.text());
        assertTrue(d.text().contains("last reference"), "the why names the line that dropped it: " + d.text());
    }

    @Test
    void typedAnswerWithEditing() {
        GameDriver d = new GameDriver(GameDriver.bundled(), 120, 36).key(KeyType.Enter).key(KeyType.Enter);
        for (int guard = 0; guard < 50; guard++) {
            PlayState p = d.play();
            if (p.feedback() >= 0) {
                d.key(KeyType.Enter);
            } else if (p.active() && p.asked().get(p.current()).input() instanceof Input.Field) {
                break;
            } else if (p.active()) {
                d.answerRight();
            } else {
                d.key('c');
            }
        }
        assertTrue(d.text().contains("Your answer:"), d.text());
        d.keys("3x20"); // x is not taken by a number field... but "320" is a value: text
        d.key(KeyType.ArrowLeft).key(KeyType.ArrowLeft).key(KeyType.Backspace);
        Input.Field f = (Input.Field) d.play().asked().get(d.play().current()).input();
        assertEquals("320", f.text());
        d.key(KeyType.Enter);
        assertTrue(d.text().contains("Right: 320"), d.text());
    }

    @Test
    void leavingKeepsProgressAndComingBackAsksOnlyTheRest() {
        GameDriver d = new GameDriver(GameDriver.bundled(), 120, 36);
        d.key(KeyType.Enter).key(KeyType.Enter).key('c').answerRight().key(KeyType.Enter);
        d.key(KeyType.Escape); // the next question takes typed text, so q would be typed: Esc leaves
        assertInstanceOf(Screen.LevelMap.class, d.state.screen());
        assertTrue(d.text().contains("◐ 1/6"), d.text());
        assertEquals(LevelState.IN_PROGRESS, d.saved().level("the-elephant").state());
        assertEquals(1, d.saved().level("the-elephant").questionIndex());
        d.key(KeyType.Enter).key(KeyType.Enter);
        assertEquals(1, d.play().current(), "the first question is already answered");
    }

    @Test
    void theFirstFrameComesBeforeTheLevelsAreRead() throws Exception {
        GameDriver d = GameDriver.opening(GameDriver.goodPack(), 120, 36);
        assertTrue(d.text().contains("Reading the levels…"), d.text());
        assertTrue(d.state.effects().stream().anyMatch(e -> e instanceof heapquest.tui.game.Effect.OpenPack), "asks for the pack");
        d.send(new Msg.Resize(120, 36)); // runs the effect: the pack and the saves are read, the map follows
        assertTrue(d.text().contains("level map"), d.text());
        assertTrue(d.text().contains(LevelPack.load(GameDriver.goodPack()).levels().get(0).title()), d.text());
    }

    @Test
    void aPackThatCannotBeReadIsSaidAndQIsQuit() {
        GameDriver d = GameDriver.opening(Path.of("no-such-levels-folder"), 120, 36).send(new Msg.Resize(120, 36));
        assertTrue(d.text().contains("Could not read no-such-levels-folder"), d.text());
        d.key('q');
        assertTrue(d.state.quit());
    }

    @Test
    void whileTypingAnAnswerTheStatusLineOffersOnlyKeysThatAct() {
        GameDriver d = new GameDriver(GameDriver.bundled(), 120, 36).key(KeyType.Enter).key(KeyType.Enter).key('c');
        d.answerRight().key(KeyType.Enter).key('c');
        assertTrue(d.play().asked().get(d.play().current()).input() instanceof Input.Field, d.text());
        String status = d.rows().get(d.rows().size() - 1);
        assertTrue(status.contains("Esc clear, again: map"), status);
        assertFalse(status.contains("q map"), "q types a q here: " + status);
        assertTrue(d.text().contains("F1 hint · F2 lesson"), d.text());
        d.key('q');
        assertTrue(d.playing(), "q went into the answer");
    }

    @Test
    void hintIsShownAndCosts() {
        GameDriver d = new GameDriver(GameDriver.bundled(), 120, 36).key(KeyType.Enter).key(KeyType.Enter).key('c');
        d.key('h');
        String hint = d.play().asked().get(0).solved().question().hint();
        assertTrue(d.text().contains("Hint: " + hint.substring(0, Math.min(30, hint.length()))), d.text());
        assertTrue(d.play().asked().get(0).hinted());
        d.playThrough();
        assertTrue(d.text().contains("★ ★ ☆"), d.text());
        assertTrue(d.rows().stream().anyMatch(r -> r.contains("Hints used") && r.contains("1")), d.text());
    }

    @Test
    void lessonAndHelpOverPlay() {
        GameDriver d = good().key(KeyType.Enter).key(KeyType.Enter);
        d.key('l');
        assertTrue(d.text().contains("l or Esc close"), d.text());
        d.key(KeyType.Escape);
        assertFalse(d.text().contains("l or Esc close"));
        d.key('?');
        String s = d.text();
        assertTrue(s.contains("run to the next question"), s);
        assertTrue(s.contains("pick a choice"), s);
        d.key(KeyType.Escape);
        assertTrue(d.playing());
        assertFalse(d.text().contains("pick a choice"));
    }

    @Test
    void tooSmallForPlaying() {
        GameDriver d = new GameDriver(GameDriver.goodPack(), 76, 22);
        assertTrue(d.text().contains("at least 80x24"), d.text());
    }

    @Test
    void progressFromTheStoreShowsOnTheMap() throws Exception {
        ProgressStore store = GameDriver.tempStore();
        // Two of three right first time, no hints: two stars.
        store.record(List.of(new Activity.Started("aliasing-and-counts"),
                new Activity.Answered("aliasing-and-counts", List.of(), true, false),
                new Activity.Answered("aliasing-and-counts", List.of(), true, false),
                new Activity.Answered("aliasing-and-counts", List.of(), false, false),
                new Activity.Finished("aliasing-and-counts", 60_000)));
        GameDriver d = new GameDriver(GameDriver.goodPack(), 120, 36, store, UiOptions.of(false, ColorMode.ANSI16, false));
        assertTrue(d.text().contains("✓ ★★☆"), d.text());
        assertEquals(1, ((Screen.LevelMap) d.state.screen()).cursor(), "the next level not done is preselected");
    }
}
