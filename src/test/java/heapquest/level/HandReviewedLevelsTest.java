package heapquest.level;

import heapquest.engine.Engine;
import heapquest.engine.Limits;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The answers of the hand-reviewed levels (src/test/resources/levels/good/) against values verified
 * with CPython 3.11.7: {@code python3.11 src/test/resources/levels/cpython_check.py LEVEL.yaml} runs
 * each program as a script under sys.settrace and evaluates every same, refcount, alive, value and
 * output question at its point (and id questions in their "changes" form); it printed exactly the
 * values below. The freed answers were reviewed by hand against the same CPython facts: the last
 * reference of the box is b once the list is cleared; del of a name with other references frees
 * nothing; gc.collect() finds 2 unreachable objects (printed 2) and the weakref is dead after it.
 * Absolute ids are the engine's own and are checked for consistency with the engine instead.
 */
class HandReviewedLevelsTest {

    private static final Map<String, Map<String, String>> CPYTHON = Map.of(
            "01-names/01-aliasing.yaml", ordered(
                    "same-box", "yes",
                    "count-with-list", "4",
                    "printed-count", "4",
                    "nothing-dies", "nothing",
                    "count-after-del", "3",
                    "inside-call", "refs: 4",
                    "count-after-clear", "1",
                    "box-dies", "b",
                    "list-empty", "0"),
            "01-names/02-rebinding.yaml", ordered(
                    "x-rebinds", "yes",
                    "y-keeps-old", "no",
                    "count-constant", "4",
                    "small-int-cache", "yes",
                    "small-int-gap", "320",
                    "reuse", "True",
                    "reuse-printed", "True",
                    "c-dies", "c",
                    "second-round", "1"),
            "02-memory/01-weakrefs-and-cycles.yaml", ordered(
                    "count-in-cycle", "2",
                    "still-alive", "yes",
                    "del-frees-nothing", "nothing",
                    "collector-frees", "Node object (was b), Node object (was a)",
                    "dead-now", "no",
                    "collected-count", "2"));

    private static Map<String, String> ordered(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    private static Solution solve(String file) {
        Path p = Fixtures.path("good/" + file);
        LevelLoader.Loaded l = LevelLoader.load(p, p.toString(), p.getParent().getFileName().toString());
        assertEquals(List.of(), l.problems());
        Solution s = new Checker().solve(l.level());
        assertEquals(List.of(), s.problems());
        assertEquals(l.level().questions().size(), s.solved().size(), "every question answered");
        return s;
    }

    @Test
    void answersMatchCPython() {
        CPYTHON.forEach((file, answers) -> {
            Solution s = solve(file);
            answers.forEach((id, expected) -> {
                Solved q = s.question(id).orElseThrow(() -> new AssertionError(file + ": no question " + id));
                assertEquals(expected, q.answer().display(), file + " " + id);
                assertTrue(q.check(expected), file + " " + id + " accepts its own display");
            });
        });
    }

    @Test
    void theSmallIntIdIsTheEngineIdOfTen() {
        Solution s = solve("01-names/02-rebinding.yaml");
        String printed = Engine.run("print(hex(id(10)))\n", Limits.DEFAULT).output().strip();
        Solved q = s.question("small-id").orElseThrow();
        assertEquals(printed, q.answer().display());
        assertTrue(q.why().contains("small ints"), q.why());
        assertEquals(4, q.choices().size(), q.choices().toString());
        assertEquals(1, q.choices().stream().filter(q::check).count());
    }

    @Test
    void everyQuestionOfTheHandReviewedLevelsIsCovered() {
        CPYTHON.forEach((file, answers) -> {
            Solution s = solve(file);
            List<String> ids = s.solved().stream().map(q -> q.question().id())
                    .filter(id -> !id.equals("small-id")).toList();
            assertEquals(List.copyOf(answers.keySet()).stream().sorted().toList(), ids.stream().sorted().toList(), file);
        });
    }

    @Test
    void theWhyNamesTheReferrersAndTheLineThatFreed() {
        Solution s = solve("02-memory/01-weakrefs-and-cycles.yaml");
        assertEquals("name a; attribute .other of Node object b", s.question("count-in-cycle").orElseThrow().why());
        String dead = s.question("dead-now").orElseThrow().why();
        assertTrue(dead.contains("collected by the cyclic GC at line 16"), dead);
        Solution a = solve("01-names/01-aliasing.yaml");
        assertEquals("names a, b; slot [0] of list items, slot [1] of list items",
                a.question("count-with-list").orElseThrow().why());
        assertEquals("b: its last reference (name b) was dropped", a.question("box-dies").orElseThrow().why());
        assertNotNull(a.trace());
    }
}
