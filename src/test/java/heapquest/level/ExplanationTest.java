package heapquest.level;

import org.junit.jupiter.api.Test;

import static heapquest.level.CheckerTest.only;
import static heapquest.level.CheckerTest.solve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The "why" of answers names what a learner recognises: the line that did it, the holder by its role. */
class ExplanationTest {

    /** An output question on the line marked @p. */
    private static final String OUTPUT_AT_P = """
            - id: q
              kind: output
              marker: p
              choices: auto
            """;

    @Test
    void outputOfACallersPrintNamesTheCallersLineNotTheCalleesLast() {
        Solution s = solve("""
                def f():
                    x = 1
                    return x
                print(f())   # @p
                """, OUTPUT_AT_P);
        Solved q = only(s);
        assertEquals("1", q.answer().display());
        assertEquals("printed by line 4", q.why());
    }

    @Test
    void outputOfBothCalleeAndCallerNamesEach() {
        Solution s = solve("""
                def f():
                    print("in f")
                    return 2
                print(f())   # @p
                """, OUTPUT_AT_P);
        assertEquals("printed by line 2 (in f), line 4", only(s).why());
    }

    @Test
    void deathInsideAWeakrefCallbackLineIsTheLineThatDroppedTheObject() {
        Solution s = solve("""
                import weakref
                class E:
                    pass
                def bye(ref):
                    print("gone")
                    print("inside:", ref())
                e = E()
                w = weakref.ref(e, bye)
                herd = [e]
                e = None
                herd.clear()   # @clear
                """, """
                - id: dead
                  kind: alive
                  marker: clear
                  timing: after
                  expr: w
                  expect: no
                """);
        String why = only(s).why();
        assertEquals("its E object (was e) was freed at line 11: its last reference (slot [0]) was dropped at line 11",
                why);
    }

    @Test
    void aClassAttributeIsDescribedAsAnAttributeOfTheClass() {
        Solution s = solve("""
                class Node:
                    default = []
                x = Node.default   # @x
                """, """
                - id: q
                  kind: refcount
                  marker: x
                  timing: after
                  expr: x
                """);
        assertEquals("name x; attribute .default of class Node", only(s).why());
    }

    private static final String PHOENIX = """
            import gc
            import weakref
            gc.disable()
            saved = []
            class Phoenix:
                def __del__(self):
                    saved.append(self)
            p = Phoenix()
            p.me = p
            wp = weakref.ref(p)
            del p
            gc.collect()   # @rise
            """;

    @Test
    void aResurrectedObjectIsNotSaidToBeFreed() {
        Solution s = solve(PHOENIX, """
                - id: q
                  kind: alive
                  marker: rise
                  timing: after
                  expr: wp
                  expect: no
                """);
        String why = only(s).why();
        assertFalse(why.contains("freed at"), why);
        assertEquals("the cyclic GC at line 12 found its Phoenix object (was p) unreachable and cleared its weak "
                + "references before running __del__, which resurrected it (stored it again), so it was not freed; "
                + "a cleared weak reference stays dead; the object itself is still alive", why);
    }

    @Test
    void anOrphanIsLabelledByTheProgramsOwnNameNotACalleesParameter() {
        Solution s = solve("""
                import gc
                gc.disable()
                class Node:
                    pass
                def adopt(parent, child):
                    parent.child = child
                    child.parent = parent
                root = Node()
                leaf = Node()
                adopt(root, leaf)
                del root, leaf
                gc.collect()   # @gc
                """, """
                - id: q
                  kind: freed
                  marker: gc
                """);
        Solved q = only(s);
        String shown = q.answer().display();
        assertTrue(shown.contains("was root"), shown);
        assertFalse(shown.contains("was parent"), shown);
        assertFalse(shown.contains("was child"), shown);
    }

    @Test
    void aLocalReleasedWhenItsFunctionReturnsDiesAtTheReturnLine() {
        Solution s = solve("""
                import weakref
                class Box:
                    pass
                watch = []
                def make():
                    temp = Box()
                    watch.append(weakref.ref(temp))
                    return 1      # @ret
                kept = make()
                """, """
                - id: dead
                  kind: alive
                  marker: ret
                  timing: after
                  expr: watch[0]
                  expect: no
                """);
        assertEquals("its Box object (was temp) was freed at line 8 (in make): its last reference (name temp) "
                + "was dropped at line 8 (in make)", only(s).why());
    }
}
