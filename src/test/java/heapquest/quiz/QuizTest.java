package heapquest.quiz;

import heapquest.level.Checker;
import heapquest.level.Level;
import heapquest.level.LevelPack;
import heapquest.level.Loc;
import heapquest.level.Problem;
import heapquest.level.Solution;
import heapquest.progress.ConceptScore;
import heapquest.progress.ConceptStats;
import heapquest.progress.Profile;
import heapquest.progress.SaveStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;

/** Building a quiz from a pack, taking it, its report, and recording it in the save. */
class QuizTest {
    private static final LevelPack PACK = QuizPacks.pack();
    private static final Profile NOBODY = Profile.empty("tester");

    @TempDir
    Path tmp;

    private static Quiz seeded(int n, long seed, QuizFilter filter) {
        return new QuizBuilder().build(PACK, QuizSpec.seeded(n, seed, filter), NOBODY);
    }

    private static List<String> ids(Quiz q) {
        return q.items().stream().map(i -> i.level().id() + "/" + i.solved().question().id()).toList();
    }

    @Test
    void aSeededQuizIsTheSameForEveryPlayer() {
        Profile weakAtGc = QuizDrawTest.profile(Map.of("gc", new int[] {0, 20}));
        Quiz a = seeded(5, 42, QuizFilter.ALL);
        Quiz b = new QuizBuilder().build(PACK, QuizSpec.seeded(5, 42, QuizFilter.ALL), weakAtGc);
        assertEquals(List.of("alias/same", "counts/one", "loop/second-time", "cycle/nothing-freed", "weak/count"),
                ids(a));
        assertEquals(ids(a), ids(b));
        assertEquals(List.of(1, 2, 3, 4, 5), a.items().stream().map(QuizItem::number).toList());
        assertTrue(a.skipped().isEmpty());
    }

    @Test
    void itemsCarryTheProgramTheLineAndTheQuestion() {
        QuizItem loop = seeded(5, 42, QuizFilter.ALL).items().get(2);
        assertEquals(3, loop.line());
        assertEquals("    keep.append(i)    # @add", loop.programLines().get(2));
        assertEquals(4, loop.programLines().size());
        assertEquals("What is len(keep), just after line 3 runs? (the 2nd time line 3 runs)", loop.prompt());
        assertTrue(loop.accepts("2"));
        assertFalse(loop.accepts("3"));
    }

    @Test
    void onlyTheLevelsDrawnAreSolved() {
        AtomicInteger runs = new AtomicInteger();
        Checker checker = new Checker();
        QuizBuilder b = new QuizBuilder(l -> {
            runs.incrementAndGet();
            return checker.solve(l);
        });
        b.build(PACK, QuizSpec.seeded(2, 1, QuizFilter.ALL), NOBODY);
        assertEquals(2, runs.get());
    }

    @Test
    void aLevelThatCannotBeSolvedIsLeftOutAndTheDrawMadeAgain() {
        Checker checker = new Checker();
        QuizBuilder b = new QuizBuilder(l -> l.id().equals("cycle")
                ? new Solution(l, List.of(), List.of(Problem.at("cycle.yaml", Loc.NONE, "the program broke")), null)
                : checker.solve(l));
        Quiz q = b.build(PACK, QuizSpec.seeded(5, 42, QuizFilter.ALL), NOBODY);
        assertEquals(5, q.size());
        assertTrue(q.items().stream().noneMatch(i -> i.level().id().equals("cycle")), ids(q).toString());
        assertEquals(List.of("cycle: the program broke"), q.skipped());
        assertEquals(ids(q), ids(b.build(PACK, QuizSpec.seeded(5, 42, QuizFilter.ALL), NOBODY)), "still deterministic");
    }

    @Test
    void filteredByConcept() {
        Quiz q = seeded(10, 3, new QuizFilter(List.of("refcount"), null));
        assertEquals(6, q.size(), "counts has 4 questions, loop 2");
        assertTrue(q.items().stream().allMatch(i -> List.of("counts", "loop").contains(i.level().id())));
        Quiz two = seeded(10, 3, new QuizFilter(List.of("gc", "aliasing"), null));
        assertEquals(List.of("alias", "cycle"), two.items().stream().map(i -> i.level().id()).distinct().toList());
    }

    @Test
    void filteredByChapterNamedByFolderNumberOrTitle() {
        for (String name : List.of("02-collector", "2", "The collector", "the COLLECTOR")) {
            Quiz q = seeded(10, 3, new QuizFilter(List.of(), name));
            assertEquals(6, q.size(), name);
            assertTrue(q.items().stream().allMatch(i -> i.level().chapter().equals("02-collector")), name);
        }
        Quiz both = seeded(10, 3, new QuizFilter(List.of("weakref"), "2"));
        assertEquals(List.of("weak"), both.items().stream().map(i -> i.level().id()).distinct().toList());
    }

    @Test
    void unknownConceptOrChapterSaysWhatThereIs() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> seeded(5, 1, new QuizFilter(List.of("refcnt"), null)));
        assertEquals("no level teaches the concept 'refcnt' (did you mean 'refcount'?) (concepts: aliasing, "
                + "containers, gc, refcount, weakref)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> seeded(5, 1, new QuizFilter(List.of(), "7")));
        assertEquals("no chapter '7' (chapters: 01-basics, 02-collector)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> seeded(5, 1, new QuizFilter(List.of("aliasing"), "2")));
        assertEquals("no questions to ask in concept aliasing; chapter 2", e.getMessage());
    }

    @Test
    void theNumberOfQuestionsIsChecked() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> QuizSpec.seeded(0, 1, QuizFilter.ALL));
        assertEquals("the number of questions must be from 1 to 200, not 0", e.getMessage());
    }

    /** The seed-42 quiz answered: right, wrong, right, wrong, right. */
    private static QuizRun taken() {
        QuizRun run = QuizRun.start(seeded(5, 42, QuizFilter.ALL));
        for (String a : List.of("yes", "2", "2", "a, b", "1")) {
            run = run.answer(a);
        }
        return run;
    }

    @Test
    void answersAreCheckedInOrder() {
        QuizRun run = taken();
        assertTrue(run.finished());
        assertTrue(run.current().isEmpty());
        assertEquals(List.of(true, false, true, false, true), run.answers().stream().map(Answered::right).toList());
        assertEquals("1", run.last().orElseThrow().given());
        assertEquals("a, b", run.answers().get(3).given());
        assertThrows(IllegalStateException.class, () -> run.answer("1"));
    }

    @Test
    void theReportGivesConceptsAndLevelsToRevisit() {
        QuizReport r = taken().report();
        assertEquals(5, r.asked());
        assertEquals(3, r.right());
        assertEquals(Map.of("aliasing", new ConceptScore(1, 1), "containers", new ConceptScore(1, 1),
                "gc", new ConceptScore(0, 1), "refcount", new ConceptScore(1, 2), "weakref",
                new ConceptScore(1, 1)), r.perConcept());
        assertEquals(String.join("\n",
                "Quiz over: 3 of 5 right (60%).",
                "",
                "By concept, weakest first:",
                "  gc          0 of 1",
                "  refcount    1 of 2",
                "  aliasing    1 of 1",
                "  containers  1 of 1",
                "  weakref     1 of 1",
                "",
                "Levels to revisit:",
                "  counts  Counting references  (question 2)",
                "  cycle   A cycle  (question 4)",
                "",
                "Seed 42: the same options and levels give everyone these questions."), String.join("\n", r.lines()));
    }

    @Test
    void aQuizStoppedEarlyReportsWhatWasAnswered() {
        QuizRun run = QuizRun.start(seeded(5, 42, QuizFilter.ALL)).answer("no");
        QuizReport r = run.report();
        assertFalse(r.complete());
        assertEquals("Quiz stopped after 1 of 5 questions: 0 of 1 right (0%).", r.lines().get(0));
        assertEquals(List.of("alias"), r.revisit().stream().map(v -> v.level().id()).toList());
    }

    @Test
    void theResultGoesIntoTheSaveWithTheConceptCounts() throws Exception {
        SaveStore store = new SaveStore(tmp.resolve("saves"),
                Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));
        assertTrue(QuizRun.start(seeded(5, 42, QuizFilter.ALL)).report().activity().isEmpty(),
                "no answers, nothing to record");
        store.record("ann", List.of(taken().report().activity().orElseThrow()));
        Profile saved = store.load("ann").profile();
        assertEquals(1, saved.quizzes().size());
        var result = saved.quizzes().get(0);
        assertEquals(42, result.seed());
        assertEquals(5, result.questions());
        assertEquals(3, result.right());
        assertEquals(Instant.parse("2026-11-25T10:00:00Z"), result.date());
        assertEquals(new ConceptStats(2, 1), saved.concept("refcount"));
        assertEquals(new ConceptStats(1, 0), saved.concept("gc"));
    }

    @Test
    void aWeightedQuizUsesTheProfile() {
        // gc answered badly, everything else mastered: the first question comes from the cycle level nearly always.
        Profile p = QuizDrawTest.profile(Map.of("gc", new int[] {0, 30}, "aliasing", new int[] {30, 30},
                "refcount", new int[] {30, 30}, "containers", new int[] {30, 30}, "weakref", new int[] {30, 30}));
        int cycle = 0;
        for (long seed = 0; seed < 20; seed++) {
            Quiz q = new QuizBuilder().build(PACK, QuizSpec.weighted(1, seed, QuizFilter.ALL), p);
            Level l = q.items().get(0).level();
            cycle += l.id().equals("cycle") ? 1 : 0;
        }
        assertTrue(cycle >= 15, cycle + " of 20");
    }
}
