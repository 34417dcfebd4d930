package heapquest.tui;

import heapquest.engine.trace.HeapState;
import heapquest.tui.heap.Diagram;
import heapquest.tui.heap.DiagramPainter;
import heapquest.tui.heap.Effects;
import heapquest.tui.heap.HeapLayout;
import heapquest.tui.render.ColorMode;
import heapquest.tui.render.Glyphs;
import heapquest.tui.render.Palette;

import java.util.List;

import static heapquest.tui.Heaps.*;

/** Prints sample diagrams; run by hand while working on the layout. */
public final class LayoutPeek {
    public static void main(String[] args) {
        HeapState s0 = state(3, List.of(frame(0, "<module>", 4, bind("a", 1), bind("b", 1), bind("n", 9), bind("w", 5), bind("c", 3)),
                        frame(1, "f", 7, bind("x", 2))),
                List.of(obj(1, "list", "[1, 'hi', [..]]", 2, ref("[0]", 9), ref("[1]", 2), ref("[2]", 3)),
                        obj(2, "str", "'hi'", 2),
                        obj(3, "Node", "<Node>", 2, ref(".val", 9), ref(".next", 4)),
                        obj(4, "Node", "<Node>", 1, ref(".val", 9), ref(".next", 3)),
                        weakref(5, 1, 3),
                        obj(6, "dict", "{}", 1, ref("['k']", 7)), obj(7, "list", "[]", 2, ref("[0]", 7)),
                        small(9, "1")), "");
        HeapState s = args.length > 1 ? LayoutTest.mixed() : s0;
        int vh = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        Diagram d = HeapLayout.layout(s, List.of(), args.length > 3 ? Integer.parseInt(args[3]) : 0, vh);
        DiagramPainter p = new DiagramPainter(Palette.of(ColorMode.NONE), args.length > 0 && args[0].equals("ascii") ? Glyphs.ASCII : Glyphs.UNICODE);
        System.out.print(Snap.join(Snap.draw(Math.max(40, d.width()), Math.max(10, d.height()), c -> p.paint(c, d, 0, 0, Effects.NONE))));
    }
}
