package heapquest.quiz;

import heapquest.level.Level;
import heapquest.level.LevelPack;
import heapquest.progress.ConceptScore;
import heapquest.progress.Profile;
import heapquest.progress.QuizResult;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** The draw: deterministic by seed, no repeats, spread over levels, weighted to weak concepts. */
class QuizDrawTest {
    private static final LevelPack PACK = QuizPacks.pack();

    private static List<Candidate> all() {
        List<Candidate> out = new ArrayList<>();
        for (Level l : PACK.levels()) {
            l.questions().forEach(q -> out.add(new Candidate(l, q, out.size())));
        }
        return out;
    }

    private static List<String> ids(List<Candidate> drawn) {
        return drawn.stream().map(c -> c.level().id() + "/" + c.question().id()).toList();
    }

    /** A profile that has answered concepts: name -> {right, asked}. */
    static Profile profile(Map<String, int[]> history) {
        Map<String, ConceptScore> scores = new HashMap<>();
        history.forEach((c, n) -> scores.put(c, new ConceptScore(n[0], n[1])));
        return Profile.empty("tester").quiz(new QuizResult(Instant.EPOCH, 1, 0, 0, scores));
    }

    @Test
    void aFixedSeedGivesAKnownListEveryTime() {
        List<String> expected = List.of("alias/same", "counts/one", "loop/second-time", "cycle/nothing-freed",
                "weak/count");
        for (int i = 0; i < 3; i++) {
            assertEquals(expected, ids(QuizDraw.draw(all(), 5, 42, Weakness.UNIFORM)));
        }
        assertNotEquals(expected, ids(QuizDraw.draw(all(), 5, 43, Weakness.UNIFORM)), "another seed, another quiz");
    }

    @Test
    void nearbySeedsGiveDifferentQuizzes() {
        // Seeds are what people type (1, 2, 3): each must shuffle the whole draw.
        Set<List<String>> quizzes = new HashSet<>();
        for (long seed = 1; seed <= 20; seed++) {
            quizzes.add(ids(QuizDraw.draw(all(), 5, seed, Weakness.UNIFORM)));
        }
        assertTrue(quizzes.size() >= 15, quizzes.size() + " different quizzes from 20 seeds");
    }

    @Test
    void noQuestionTwiceAndEveryQuestionWhenAllAreAsked() {
        for (long seed = 0; seed < 50; seed++) {
            List<String> drawn = ids(QuizDraw.draw(all(), 100, seed, Weakness.UNIFORM));
            assertEquals(15, drawn.size());
            assertEquals(15, new HashSet<>(drawn).size());
        }
    }

    @Test
    void spreadOverLevelsBeforeAnyLevelComesBack() {
        for (long seed = 0; seed < 50; seed++) {
            List<Candidate> five = QuizDraw.draw(all(), 5, seed, Weakness.UNIFORM);
            assertEquals(5, five.stream().map(c -> c.level().id()).distinct().count(), "seed " + seed);
            List<Candidate> seven = QuizDraw.draw(all(), 7, seed, Weakness.UNIFORM);
            Map<String, Integer> perLevel = new HashMap<>();
            seven.forEach(c -> perLevel.merge(c.level().id(), 1, Integer::sum));
            assertEquals(5, perLevel.size(), "every level once");
            assertTrue(perLevel.values().stream().allMatch(n -> n <= 2), "then a second round: " + perLevel);
        }
    }

    @Test
    void inCourseOrder() {
        List<Candidate> drawn = QuizDraw.draw(all(), 9, 7, Weakness.UNIFORM);
        for (int i = 1; i < drawn.size(); i++) {
            assertTrue(drawn.get(i - 1).order() < drawn.get(i).order());
        }
    }

    @Test
    void weakConceptsAreDrawnMoreOften() {
        // aliasing, refcount and containers answered well; gc and weakref never asked; 1000 draws of 2.
        Profile p = profile(Map.of("aliasing", new int[] {20, 20}, "refcount", new int[] {19, 20},
                "containers", new int[] {20, 20}));
        Set<String> weak = Set.of("cycle", "weak");
        int weighted = 0;
        int uniform = 0;
        for (long seed = 0; seed < 1000; seed++) {
            weighted += QuizDraw.draw(all(), 2, seed, Weakness.of(p)).stream()
                    .filter(c -> weak.contains(c.level().id())).count();
            uniform += QuizDraw.draw(all(), 2, seed, Weakness.UNIFORM).stream()
                    .filter(c -> weak.contains(c.level().id())).count();
        }
        // Uniform: 2 of 5 levels, 800 of 2000 expected. Weighted: the weak levels weigh 1, the others
        // 0.05 to 0.09, so the first pick is weak 90% of the time and about 1740 of 2000 are.
        assertTrue(uniform > 700 && uniform < 900, "uniform draws " + uniform);
        assertTrue(weighted > 1650, "weighted draws " + weighted);
    }

    @Test
    void aConceptAnsweredBadlyOutweighsOneAnsweredWell() {
        Profile p = profile(Map.of("gc", new int[] {0, 10}, "weakref", new int[] {20, 20}));
        Weakness w = Weakness.of(p);
        Level cycle = PACK.level("cycle").orElseThrow();
        Level weakLevel = PACK.level("weak").orElseThrow();
        assertTrue(w.of(cycle) > 0.9, "0 of 10 right");
        assertEquals(Weakness.FLOOR, w.of(weakLevel), 1e-9, "20 of 20 right: the floor");
        assertEquals(1.0, w.of(PACK.level("alias").orElseThrow()), 1e-9, "never asked: weak");
        int cycles = 0;
        int weaks = 0;
        for (long seed = 0; seed < 500; seed++) {
            for (Candidate c : QuizDraw.draw(all(), 1, seed, w)) {
                cycles += c.level().id().equals("cycle") ? 1 : 0;
                weaks += c.level().id().equals("weak") ? 1 : 0;
            }
        }
        assertTrue(cycles > 5 * weaks, cycles + " cycle against " + weaks + " weak");
    }
}
