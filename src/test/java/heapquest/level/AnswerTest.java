package heapquest.level;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How typed answers (and expect:) are compared with the engine's answers. */
class AnswerTest {

    @Test
    void idsAcceptHexInAnyCaseWithOrWithoutPrefixAndDecimal() {
        long addr = 0x7f3a1c2041e0L;
        Answer hex = new Answer.Address(addr, true);
        assertEquals("0x7f3a1c2041e0", hex.display());
        for (String ok : List.of("0x7f3a1c2041e0", "0X7F3A1C2041E0", "7f3a1c2041e0", " 0x7f3a1c2041e0 \n",
                Long.toString(addr), "0x7f3a_1c20_41e0")) {
            assertTrue(hex.accepts(ok), ok);
        }
        for (String bad : List.of("0x7f3a1c2041e1", "", "zero", "0x", "-1", Long.toString(addr + 1))) {
            assertFalse(hex.accepts(bad), bad);
        }
        Answer dec = new Answer.Address(addr, false);
        assertEquals(Long.toString(addr), dec.display());
        assertTrue(dec.accepts("0x7f3a1c2041e0"));
    }

    @Test
    void digitOnlyIdsMayBeHexWithoutPrefix() {
        Answer a = new Answer.Address(0x1000, true);
        assertTrue(a.accepts("1000"));
        assertTrue(a.accepts("4096"));
    }

    @Test
    void yesNoAnswers() {
        Answer yes = new Answer.Bool(true);
        for (String ok : List.of("yes", "Yes", "y", "true", "True", " TRUE ", "1")) {
            assertTrue(yes.accepts(ok), ok);
        }
        for (String bad : List.of("no", "false", "maybe", "", "0")) {
            assertFalse(yes.accepts(bad), bad);
        }
        assertEquals("no", new Answer.Bool(false).display());
    }

    @Test
    void counts() {
        Answer n = new Answer.Int(3);
        assertTrue(n.accepts(" 3 "));
        assertFalse(n.accepts("3.0"));
        assertFalse(n.accepts("three"));
        assertFalse(n.accepts("4"));
    }

    @Test
    void outputIsExactUpToTrailingNewlines() {
        Answer out = new Answer.Text("refs: 4\nok\n", true);
        assertEquals("refs: 4\nok", out.display());
        assertTrue(out.accepts("refs: 4\nok"));
        assertTrue(out.accepts("refs: 4\r\nok\n\n"));
        assertFalse(out.accepts("refs:  4\nok"));
        assertFalse(out.accepts("refs: 4"));
        Answer nothing = new Answer.Text("", true);
        assertEquals("(nothing)", nothing.display());
        assertTrue(nothing.accepts(""));
        assertTrue(nothing.accepts("nothing"));
        assertFalse(nothing.accepts("None"));
    }

    @Test
    void valuesAreReprsUpToSpacesAndQuoteStyle() {
        Answer s = new Answer.Text("'abc'", false);
        assertTrue(s.accepts("'abc'"));
        assertTrue(s.accepts(" \"abc\" "));
        assertFalse(s.accepts("abc"));
        Answer list = new Answer.Text("[1, 2]", false);
        assertTrue(list.accepts("[1, 2]"));
        assertFalse(list.accepts("[1,2,3]"));
    }

    @Test
    void objectSetsMatchByLabelOrSynonymInAnyOrder() {
        Answer.Picked a = new Answer.Picked("a", Set.of("0x10"), 1, "list", 0x10);
        Answer.Picked b = new Answer.Picked("Node object (was b)", Set.of("was b", "b", "0x20"), 2, "Node", 0x20);
        Answer both = new Answer.Objects(List.of(a, b));
        assertEquals("a, Node object (was b)", both.display());
        assertTrue(both.accepts("a, b"));
        assertTrue(both.accepts("b, a"));
        assertTrue(both.accepts("[a, 'was b']"));
        assertTrue(both.accepts("0x10, node object (was b)"));
        assertFalse(both.accepts("a"));
        assertFalse(both.accepts("a, b, c"));
        assertFalse(both.accepts("a, a"));
        assertFalse(both.accepts("nothing"));
        Answer none = new Answer.Objects(List.of());
        assertEquals("nothing", none.display());
        for (String ok : List.of("", "nothing", "none", "-", "[]", "(nothing)")) {
            assertTrue(none.accepts(ok), ok);
        }
        assertFalse(none.accepts("a"));
    }

    @Test
    void expectFormsAreCheckedBeforeAnythingRuns() {
        assertTrue(Answer.formProblem(QuestionKind.REFCOUNT, false, "3").isEmpty());
        assertEquals("must be a whole number (0 or more)", Answer.formProblem(QuestionKind.REFCOUNT, false, "-1").orElseThrow());
        assertTrue(Answer.formProblem(QuestionKind.ID, false, "0x7f00").isEmpty());
        assertEquals("must be yes or no", Answer.formProblem(QuestionKind.ID, true, "0x7f00").orElseThrow());
        assertTrue(Answer.formProblem(QuestionKind.ID, false, "hello").isPresent());
        assertTrue(Answer.formProblem(QuestionKind.SAME, false, "no").isEmpty());
        assertTrue(Answer.formProblem(QuestionKind.ALIVE, false, "dead").isPresent());
        assertTrue(Answer.formProblem(QuestionKind.VALUE, false, "anything").isEmpty());
    }

    @Test
    void didYouMean() {
        assertEquals("questions", DidYouMean.suggest("questoins", LevelSchema.LEVEL_KEYS).orElseThrow());
        assertEquals("expr", DidYouMean.suggest("exprr", LevelSchema.QUESTION_KEYS).orElseThrow());
        assertEquals("refcount", DidYouMean.suggest("refcnt", QuestionKind.keys()).orElseThrow());
        assertEquals("title", DidYouMean.suggest("Title", LevelSchema.LEVEL_KEYS).orElseThrow());
        assertTrue(DidYouMean.suggest("banana", LevelSchema.LEVEL_KEYS).isEmpty());
        assertEquals(1, DidYouMean.distance("ab", "ba"));
    }
}
