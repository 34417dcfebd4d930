package heapquest.tui;

import com.googlecode.lanterna.input.KeyType;
import heapquest.level.Concealed;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A question about the state on screen does not show its answer: the refcounts while a refcount
 * question waits, the addresses while an id question does; both come back once it is answered.
 */
class ConcealTest {
    static final Path PACK = Path.of(System.getProperty("heapquest.root", "."), "src/test/resources/levels/conceal");

    @Test
    void refcountsHiddenWhileARefcountQuestionWaits() {
        GameDriver d = new GameDriver(PACK, 120, 40).key(KeyType.Enter).key(KeyType.Enter).key('c');
        String s = d.text();
        assertTrue(d.play().active(), s);
        assertTrue(s.contains("sys.getrefcount(b) - 1"), s);
        assertTrue(s.contains("rc ? ┐"), s);
        assertFalse(s.matches("(?s).*rc \\d+ ┐.*"), () -> "no refcount on a box:\n" + s);
        assertFalse(s.contains("0x?"), s);
        d.answerRight();
        assertTrue(d.text().matches("(?s).*rc 2 ┐.*"), d.text());
    }

    @Test
    void addressesHiddenOnlyForTheIdQuestionAboutTheStateOnScreen() {
        GameDriver d = new GameDriver(PACK, 120, 40).key(KeyType.Enter).key(KeyType.Enter).key('c');
        d.answerRight().key(KeyType.Enter); // the refcount question, then on
        String afterQuestion = d.text();
        assertTrue(afterQuestion.contains("hex(id(items)), just after"), afterQuestion);
        assertTrue(afterQuestion.matches("(?s).*0x7f[0-9a-f]+.*"), () -> "a prediction may read the addresses:\n" + afterQuestion);
        d.answerRight().key(KeyType.Enter);
        String s = d.text();
        assertTrue(s.contains("hex(id(b)), just before"), s);
        assertTrue(s.contains("0x?"), s);
        String answer = d.play().asked().get(2).solved().answer().display();
        assertEquals(1, s.split(answer, -1).length - 1, () -> "the address only among the choices:\n" + s);
    }

    @Test
    void textLinesLoseOnlyWhatIsHidden() {
        Concealed rc = new Concealed(true, false);
        assertEquals("rc ?  Node 0x7f3a1c2041e0", rc.apply("rc 1→2  Node 0x7f3a1c2041e0"));
        assertEquals("0x7f3a1c2041e0  Box  <Box>  refcount ?  held by b", rc.apply("0x7f3a1c2041e0  Box  <Box>  refcount 2  held by b"));
        Concealed addr = new Concealed(false, true);
        assertEquals("new list 0x?", addr.apply("new list 0x7f3a1c200700"));
        assertEquals("int 10", addr.apply("int 10"));
        assertEquals("x", Concealed.NOTHING.apply("x"));
    }
}
