package heapquest.tui;

import heapquest.engine.Engine;
import heapquest.engine.Limits;
import heapquest.engine.trace.HeapState;
import heapquest.engine.trace.ObjectView;
import heapquest.engine.trace.Trace;
import heapquest.engine.trace.ProgramView;
import heapquest.tui.render.ColorMode;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/** The viewer on real traces from the engine. */
class EngineViewerTest {

    static Trace run(String src) {
        return Engine.run(src, Limits.DEFAULT);
    }

    static Set<String> types(HeapState s) {
        return s.objects().stream().filter(o -> !o.isStatic()).map(ObjectView::type).collect(Collectors.toSet());
    }

    @Test
    void programViewHidesTheInterpretersObjects() {
        Trace t = run("def f():\n    return 1\nnums = [1, 2, 300]\nalias = nums\npass\n");
        HeapState raw = t.stateBefore(t.stepCount() - 1); // before the last line: no interpreter exit yet
        HeapState view = ProgramView.of(raw);
        assertTrue(types(raw).contains("code"), () -> "the engine models code objects: " + types(raw));
        assertFalse(types(view).contains("code"), () -> "" + types(view));
        assertEquals(Set.of("function", "list", "int"), types(view));
        ObjectView list = view.objects().stream().filter(o -> o.type().equals("list")).findFirst().orElseThrow();
        assertEquals(2, list.refcount(), "nums and alias");
        ObjectView fn = view.objects().stream().filter(o -> o.type().equals("function")).findFirst().orElseThrow();
        assertTrue(fn.references().stream().noneMatch(r -> r.label().equals("__code__") || r.label().equals("__globals__")));
    }

    @Test
    void aliasingOnARealTrace() {
        Trace t = run("nums = [1, 2, 300]\nalias = nums\ndel nums\nalias = None\n");
        Driver d = new Driver(t, 110, 30).key('n');
        String s = d.text();
        assertTrue(s.contains("┌ list"), s);
        assertTrue(s.contains("rc 1 ┐"), s);
        d.key('n');
        assertTrue(d.text().contains("rc 2 ┐"), d.text());
        assertTrue(d.text().contains("alias → list 0x"), d.text());
        d.keys("nn");
        assertFalse(d.text().contains("┌ list"), d.text());
        assertTrue(d.text().contains("freed list 0x"), d.text());
        d.key('p');
        assertTrue(d.text().contains("┌ list"), d.text());
    }

    @Test
    void anObjectLeavingTheViewIsNotCalledFreed() {
        // Line 5 frees the T, whose .name was drawn as an arrow to the str 'b'; the str is alive (the
        // dict's key), only no longer drawn.
        Trace t = run("class T:\n    def __init__(self, name):\n        self.name = name\nd = {\"b\": T(\"b\")}\nd[\"b\"] = 1\npass\n");
        Driver d = new Driver(t, 110, 30);
        while (!d.text().contains("Last step: line 5")) {
            d.key('n');
        }
        String s = d.text();
        assertTrue(s.contains("freed T 0x"), s);
        assertFalse(s.contains("freed str"), s);
    }

    @Test
    void theInterpretersExitIsAStepOfItsOwn() {
        Trace t = run("nums = [1, 2, 300]\nalias = nums\n");
        Driver d = new Driver(t, 110, 30).keys("nn");
        String beforeExit = d.text();
        assertTrue(beforeExit.contains("exit   step 3/3"), beforeExit);
        assertTrue(beforeExit.contains("rc 2 ┐"), () -> "after the last line both names still hold the list: " + beforeExit);
        d.key('n');
        String end = d.text();
        assertTrue(end.contains("Last step: exit"), end);
        assertTrue(end.contains("freed list 0x"), end);
        assertTrue(end.contains("No names and no objects left."), end);
    }

    @Test
    void leakedCycleIsMarkedThenCollected() {
        String src = String.join("\n",
                "import gc",
                "class Node:",
                "    pass",
                "a = Node()",
                "b = Node()",
                "a.other = b",
                "b.other = a",
                "del a, b",
                "gc.collect()",
                "print('done')",
                "");
        Trace t = run(src);
        Driver d = new Driver(t, 120, 34, UiOptions.of(false, ColorMode.ANSI16, true));
        while (d.state.currentLine() != 9) {
            d.key('n').settle();
        }
        String before = d.text();
        assertEquals(2, before.split("┌ Node", -1).length - 1, before);
        assertTrue(before.contains("unreachable"), before);
        d.key('n'); // gc.collect(): the animation starts
        assertNotNull(d.state.transition());
        assertNotNull(d.state.transition().changes().gc(), "the step ran the collector");
        assertTrue(d.text().contains("┌ Node"), "still drawn while the collection is animated");
        d.settle();
        assertFalse(d.text().contains("┌ Node"), d.text());
        assertTrue(d.text().contains("gc: 2 unreachable"), d.text());
    }
}
