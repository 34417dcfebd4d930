package heapquest.tui;

import heapquest.engine.trace.HeapState;
import heapquest.engine.trace.ObjectView;
import heapquest.engine.trace.Reference;
import heapquest.tui.heap.Box;
import heapquest.tui.heap.Diagram;
import heapquest.tui.heap.HeapLayout;
import heapquest.tui.heap.Route;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static heapquest.tui.Heaps.*;
import static org.junit.jupiter.api.Assertions.*;

class LayoutTest {

    /** 45 objects: a linked list of 15 nodes, a list of 10 lists with strings, a dict, a cycle. */
    public static HeapState mixed() {
        List<ObjectView> objs = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            int next = i < 15 ? 201 + i : -1;
            List<Reference> refs = new ArrayList<>();
            refs.add(ref(".val", 1));
            if (next > 0) {
                refs.add(ref(".next", next));
            }
            objs.add(obj(200 + i, "Node", "<Node>", 1, refs.toArray(new Reference[0])));
        }
        List<Reference> rows = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            objs.add(obj(300 + i, "str", "'row " + i + "'", 1));
            objs.add(obj(320 + i, "list", "[...]", 1, ref("[0]", 300 + i)));
            rows.add(ref("[" + i + "]", 320 + i));
        }
        objs.add(obj(340, "list", "[...]", 2, rows.toArray(new Reference[0])));
        objs.add(obj(341, "dict", "{...}", 1, ref("['head']", 200), ref("['rows']", 340)));
        objs.add(obj(350, "Node", "<Node>", 1, ref(".next", 351)));
        objs.add(obj(351, "Node", "<Node>", 1, ref(".next", 350)));
        objs.add(small(1, "1"));
        return state(1, List.of(frame(0, "<module>", 1, bind("head", 200), bind("table", 340), bind("d", 341))),
                objs, "");
    }

    @Test
    void fortyObjectsAllBoxedWithoutOverlapAndEveryArrowRouted() {
        HeapState s = mixed();
        Diagram d = HeapLayout.layout(s, List.of(), 0, 40);
        long objects = s.objects().stream().filter(o -> !o.isStatic()).count();
        assertTrue(objects >= 40, "objects: " + objects);
        assertEquals(objects, d.objectBoxes().size());
        List<Box> boxes = d.boxes();
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                Box a = boxes.get(i);
                Box b = boxes.get(j);
                boolean overlap = a.x() < b.right() && b.x() < a.right() && a.y() < b.bottom() && b.y() < a.bottom();
                assertFalse(overlap, a + " overlaps " + b);
            }
        }
        for (Route r : d.routes()) {
            assertTrue(r.routed(), "unrouted: " + r.sourceKey());
            for (int i = 0; i < r.length(); i++) {
                for (Box b : boxes) {
                    assertFalse(b.contains(r.xs()[i], r.ys()[i]), r.sourceKey() + " runs through " + b.title());
                }
                if (i > 0) {
                    assertEquals(1, Math.abs(r.xs()[i] - r.xs()[i - 1]) + Math.abs(r.ys()[i] - r.ys()[i - 1]),
                            "orthogonal, connected path");
                }
            }
        }
        for (Box b : boxes) {
            assertTrue(b.h() <= 40 || b.kind() == Box.Kind.FRAME, "a column wraps at the viewport height");
        }
        assertTrue(d.objectBoxes().get(350).garbage(), "the leaked cycle is marked");
        assertFalse(d.objectBoxes().get(340).garbage());
    }

    @Test
    void deterministic() {
        Diagram a = HeapLayout.layout(mixed(), List.of(), 0, 40);
        Diagram b = HeapLayout.layout(mixed(), List.of(), 0, 40);
        assertEquals(a.boxes(), b.boxes());
        for (int i = 0; i < a.routes().size(); i++) {
            assertArrayEquals(a.routes().get(i).xs(), b.routes().get(i).xs());
            assertArrayEquals(a.routes().get(i).ys(), b.routes().get(i).ys());
        }
    }

    @Test
    void arrowsToOneObjectShareOneHead() {
        HeapState s = state(1, frame(0, "<module>", 1, bind("a", 10), bind("b", 10), bind("c", 10)),
                obj(10, "list", "[]", 3));
        Diagram d = HeapLayout.layout(s, List.of(), 0, 30);
        long heads = d.routes().stream().filter(Route::head).count();
        assertEquals(1, heads);
        assertEquals(3, d.routes().size());
        List<String> rows = Snap.draw(60, 8, c -> new heapquest.tui.heap.DiagramPainter(
                heapquest.tui.render.Palette.of(heapquest.tui.render.ColorMode.NONE), heapquest.tui.render.Glyphs.UNICODE)
                .paint(c, d, 0, 0, heapquest.tui.heap.Effects.NONE));
        String text = Snap.join(rows);
        assertTrue(text.matches("(?s).*│ a list +●─┬─+►│ \\[\\] .*"), text);
        assertTrue(text.matches("(?s).*│ b list +●─┤ .*"), text);
        assertTrue(text.matches("(?s).*│ c list +●─┘.*"), text);
    }

    @Test
    void selfReferenceGoesRoundTheBox() {
        HeapState s = state(1, frame(0, "<module>", 1, bind("l", 10)), obj(10, "list", "[[...]]", 2, ref("[0]", 10)));
        Diagram d = HeapLayout.layout(s, List.of(), 0, 30);
        assertEquals(2, d.routes().size());
        assertTrue(d.routes().stream().allMatch(Route::routed));
    }
}
