package heapquest.progress;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static heapquest.progress.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pure updates: {@code Profile -> Profile}, no files. */
class ProfileTest {
    private static final Instant T1 = T0.plusSeconds(60);
    private static final Instant T2 = T0.plusSeconds(120);
    private static final Instant T3 = T0.plusSeconds(180);

    @Test
    void emptyProfileKnowsNothing() {
        Profile p = Profile.empty("alice");
        assertSame(LevelProgress.NOT_STARTED, p.level("anything"));
        assertEquals(ConceptStats.NONE, p.concept("refcount"));
        assertTrue(p.quizzes().isEmpty());
    }

    @Test
    void aFirstAnswerBeginsAnAttempt() {
        Profile p = Profile.empty("alice").answer("l1", List.of("refcount", "id"), true, false, T0);
        LevelProgress l = p.level("l1");
        assertEquals(LevelState.IN_PROGRESS, l.state());
        assertEquals(1, l.attempts());
        assertEquals(1, l.questionsTotal());
        assertEquals(1, l.rightFirstTime());
        assertEquals(T0, l.firstPlayed());
        assertEquals(T0, l.lastPlayed());
        assertEquals(new ConceptStats(1, 1), p.concept("refcount"));
        assertEquals(new ConceptStats(1, 1), p.concept("id"));
    }

    @Test
    void aWholeLevel() {
        Profile p = Profile.empty("alice")
                .levelStarted("l1", T0)
                .levelProgress("l1", 3, 0, T0)
                .answer("l1", List.of("refcount"), true, false, T1)
                .levelProgress("l1", 9, 1, T1)
                .answer("l1", List.of("refcount", "refcount"), false, true, T1)   // duplicate concept counts once
                .answer("l1", List.of(), true, false, T2)
                .levelDone("l1", 45_000, T2);
        LevelProgress l = p.level("l1");
        assertEquals(new LevelProgress(LevelState.DONE, 0, 0, 2, 3, 1, 1, 2, 45_000L, T0, T2, T2), l);
        assertEquals(new ConceptStats(2, 1), p.concept("refcount"));
        assertTrue(l.everCompleted());
    }

    @Test
    void resumingContinuesTheAttemptAndProgressIsTheLatestPosition() {
        Profile p = Profile.empty("alice")
                .levelProgress("l1", 5, 1, T0)
                .levelProgress("l1", 2, 1, T1);   // stepped back in the trace
        assertEquals(1, p.level("l1").attempts());
        assertEquals(2, p.level("l1").step());
        assertEquals(1, p.level("l1").questionIndex());
        assertEquals(T0, p.level("l1").firstPlayed());
        assertEquals(T1, p.level("l1").lastPlayed());
    }

    @Test
    void replayingAFinishedLevelIsANewAttemptThatKeepsTheBest() {
        Profile p = Profile.empty("alice")
                .answer("l1", List.of("c"), true, false, T0)
                .levelDone("l1", 30_000, T0)                  // 3 stars, 30 s
                .answer("l1", List.of("c"), false, false, T1)  // replay: a new attempt
                .levelProgress("l1", 4, 0, T1);
        LevelProgress replay = p.level("l1");
        assertEquals(LevelState.IN_PROGRESS, replay.state());
        assertEquals(2, replay.attempts());
        assertEquals(1, replay.questionsTotal());
        assertEquals(0, replay.rightFirstTime());
        assertEquals(3, replay.stars());
        assertTrue(replay.everCompleted());

        LevelProgress done = p.levelDone("l1", 50_000, T2).level("l1");
        assertEquals(3, done.stars());                 // 1 star earned, best kept
        assertEquals(30_000L, done.bestTimeMillis());  // slower, best kept
        assertEquals(T0, done.completed());            // first completion kept
        assertEquals(T2, done.lastPlayed());

        LevelProgress faster = p.levelDone("l1", 10_000, T2).level("l1");
        assertEquals(10_000L, faster.bestTimeMillis());
    }

    @Test
    void startingAgainRestartsTheAttempt() {
        Profile p = Profile.empty("alice")
                .answer("l1", List.of(), false, true, T0)
                .levelProgress("l1", 6, 1, T0)
                .levelStarted("l1", T1);
        LevelProgress l = p.level("l1");
        assertEquals(2, l.attempts());
        assertEquals(0, l.step());
        assertEquals(0, l.questionsTotal());
        assertEquals(0, l.hintsUsed());
        assertEquals(T0, l.firstPlayed());
    }

    @Test
    void finishingALevelWithoutQuestionsOrEarlierCalls() {
        LevelProgress l = Profile.empty("alice").levelDone("intro", 5_000, T0).level("intro");
        assertEquals(LevelState.DONE, l.state());
        assertEquals(1, l.attempts());
        assertEquals(3, l.stars());
        assertEquals(T0, l.completed());
    }

    @Test
    void quizzesAppendAndFeedMastery() {
        QuizResult q1 = new QuizResult(T1, 7, 3, 2, Map.of("refcount", new ConceptScore(2, 3)));
        QuizResult q2 = new QuizResult(T3, 8, 1, 0, Map.of("gc", new ConceptScore(0, 1)));
        Profile p = Profile.empty("alice").answer("l1", List.of("refcount"), true, false, T0).quiz(q1).quiz(q2);
        assertEquals(List.of(q1, q2), p.quizzes());
        assertEquals(new ConceptStats(4, 3), p.concept("refcount"));
        assertEquals(new ConceptStats(1, 0), p.concept("gc"));
    }

    @Test
    void valuesAreImmutable() {
        Map<String, LevelProgress> levels = new java.util.HashMap<>();
        levels.put("l1", LevelProgress.NOT_STARTED);
        List<QuizResult> quizzes = new ArrayList<>();
        Profile p = new Profile("alice", levels, Map.of(), quizzes);
        levels.put("l2", LevelProgress.NOT_STARTED);
        quizzes.add(new QuizResult(T0, 1, 0, 0, Map.of()));
        assertEquals(1, p.levels().size());
        assertEquals(0, p.quizzes().size());
        assertThrows(UnsupportedOperationException.class, () -> p.levels().put("x", LevelProgress.NOT_STARTED));
        assertThrows(UnsupportedOperationException.class, () -> p.concepts().clear());
        assertThrows(UnsupportedOperationException.class, () -> p.quizzes().clear());

        Profile q = p.answer("l1", List.of("c"), true, false, T0);
        assertEquals(LevelState.NOT_STARTED, p.level("l1").state());   // p unchanged
        assertEquals(LevelState.IN_PROGRESS, q.level("l1").state());
    }

    @Test
    void invariantsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> Profile.empty("a/b"));
        assertThrows(IllegalArgumentException.class, () -> Profile.empty("alice").levelProgress("l", -1, 0, T0));
        assertThrows(IllegalArgumentException.class,
                () -> new LevelProgress(LevelState.DONE, 0, 0, 0, 0, 0, 1, 0, null, null, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> new LevelProgress(LevelState.DONE, 0, 0, 0, 0, 0, 1, 4, null, null, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> new LevelProgress(LevelState.IN_PROGRESS, 0, 0, 3, 2, 0, 1, 0, null, null, null, null));
        assertThrows(NullPointerException.class,
                () -> new LevelProgress(null, 0, 0, 0, 0, 0, 0, 0, null, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new QuizResult(T0, 1, 2, 3, Map.of()));
    }

    @Test
    void neverStartedLevelHasNoDates() {
        LevelProgress l = LevelProgress.NOT_STARTED;
        assertFalse(l.everCompleted());
        assertTrue(l.bestTime().isEmpty());
        assertNull(l.firstPlayed());
    }
}
