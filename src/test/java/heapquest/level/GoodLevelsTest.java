package heapquest.level;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The good fixture pack loads, validates, and every question of it gets an answer. */
class GoodLevelsTest {

    @Test
    void thePackLoadsInOrder() throws IOException {
        LevelPack pack = LevelPack.load(Fixtures.path("good"));
        assertEquals(List.of(), pack.problems());
        assertEquals(List.of("01-names", "02-memory"), pack.chapters().stream().map(Chapter::id).toList());
        Chapter names = pack.chapters().get(0);
        assertEquals("Names and objects", names.title());
        assertEquals(1, names.order());
        assertTrue(names.summary().startsWith("Names refer to objects"));
        assertEquals(List.of("aliasing-and-counts", "rebinding-and-ids"), names.levels().stream().map(Level::id).toList());
        Level l = names.levels().get(0);
        assertEquals("Two names, one box", l.title());
        assertEquals("01-names", l.chapter());
        assertEquals(List.of("aliasing", "refcount", "del", "containers"), l.concepts());
        assertTrue(l.lesson().startsWith("`b = a` does not copy the box"));
        assertEquals(9, l.questions().size());
        assertEquals(10, l.program().firstLine());
        assertEquals(2, l.program().indent());
        assertEquals(9, l.program().lineOf("make"));
        assertEquals(3, pack.levels().size());
    }

    @Test
    void questionsHaveTheirDefaults() throws IOException {
        Level l = LevelPack.load(Fixtures.path("good")).level("aliasing-and-counts").orElseThrow();
        Question same = l.questions().get(0);
        assertEquals(QuestionKind.SAME, same.kind());
        assertEquals(Timing.BEFORE, same.timing());
        assertEquals(List.of("a", "b"), same.exprs());
        assertEquals(Choices.AUTO, same.choices());
        assertEquals(1, same.occurrence());
        Question out = l.questions().get(2);
        assertEquals(QuestionKind.OUTPUT, out.kind());
        assertEquals(Timing.AFTER, out.timing());
        assertEquals(Choices.FREE, out.choices());
        Question listed = l.questions().get(6);
        assertEquals(new Choices.Listed(List.of("0", "1", "2", "3")), listed.choices());
    }

    @Test
    void theWholePackValidates() {
        Validator.Report r = new Validator().validate(List.of(Fixtures.path("good")));
        assertEquals(List.of(), r.problems());
        assertEquals(5, r.files().size());
        assertEquals("5 files OK", r.summary());
        assertEquals(3, r.solutions().size());
        for (Solution s : r.solutions()) {
            assertEquals(s.level().questions().size(), s.solved().size(), s.level().id());
            for (Solved q : s.solved()) {
                if (!q.choices().isEmpty() && q.question().kind() != QuestionKind.FREED) {
                    assertEquals(1, q.choices().stream().filter(q::check).count(),
                            s.level().id() + " " + q.question().id() + " " + q.choices());
                }
                assertTrue(q.prompt().endsWith("?"), q.prompt());
                assertTrue(!q.why().isBlank());
            }
        }
    }
}
