package heapquest.tui.panels;

import heapquest.engine.trace.HeapState;
import heapquest.engine.trace.ObjectView;
import heapquest.engine.trace.Referrer;
import heapquest.tui.heap.Box;
import heapquest.tui.heap.Diagram;
import heapquest.tui.heap.DiagramPainter;
import heapquest.tui.heap.Effects;
import heapquest.tui.render.Canvas;
import heapquest.tui.render.Glyphs;
import heapquest.tui.render.Palette;
import heapquest.tui.render.Rect;
import heapquest.tui.render.Role;
import heapquest.tui.render.Text;

import java.util.ArrayList;
import java.util.List;

/**
 * The heap diagram in its panel: the part in view, arrows on the border where more lies beyond,
 * and on the bottom edge who holds the selected object.
 */
public final class HeapPanel {
    private HeapPanel() {}

    public static void draw(Canvas c, Rect r, HeapState heap, Diagram d, int scrollX, int scrollY, Effects fx,
                            Palette p, Glyphs g) {
        long count = heap.objects().stream().filter(o -> !o.isStatic()).count();
        String top = count == 0 ? "" : count + (count == 1 ? " object" : " objects");
        String bottom = fx.selected() >= 0 ? holders(heap, fx.selected(), d, g) : count > 0 ? "Tab: select an object" : "";
        Canvas in = Panels.frame(c, r, "Heap", top, bottom, false, p, g);
        if (d.isEmpty()) {
            String msg = "No names and no objects yet.";
            String hint = "Press " + (g.ascii() ? "Right" : "→") + " or n to run the first line.";
            int y = in.height() / 2 - 1;
            in.text(Math.max(0, (in.width() - Text.width(msg)) / 2), y, Text.fit(msg, in.width(), g.ellipsis()), p.get(Role.DIM));
            in.text(Math.max(0, (in.width() - Text.width(hint)) / 2), y + 1, Text.fit(hint, in.width(), g.ellipsis()), p.get(Role.DIM));
            return;
        }
        int sx = Math.max(0, Math.min(scrollX, d.width() - in.width()));
        int sy = Math.max(0, Math.min(scrollY, d.height() - in.height()));
        new DiagramPainter(p, g).paint(in, d, sx, sy, fx);
        var mark = p.get(Role.ACCENT);
        if (sy > 0) {
            c.put(r.right() - 3, r.y(), g.up(), mark);
        }
        if (sy + in.height() < d.height()) {
            c.put(r.right() - 3, r.bottom() - 1, g.down(), mark);
        }
        if (sx > 0) {
            c.put(r.x(), r.y() + r.h() / 2, g.left(), mark);
        }
        if (sx + in.width() < d.width()) {
            c.put(r.right() - 1, r.y() + r.h() / 2, g.right(), mark);
        }
    }

    /** "list 0x7f…40 rc 2 held by: a, b, Node.next". */
    static String holders(HeapState heap, int id, Diagram d, Glyphs g) {
        ObjectView o = heap.object(id).orElse(null);
        if (o == null) {
            return "";
        }
        List<String> who = new ArrayList<>();
        for (Referrer r : heap.referrersOf(id)) {
            if (r instanceof Referrer.Name n) {
                who.add(n.function().equals("<module>") ? n.name() : n.name() + " in " + n.function());
            } else if (r instanceof Referrer.Slot s) {
                String label = s.label();
                String sep = label.startsWith("[") || label.startsWith(".") ? "" : " ";
                who.add(s.fromType() + sep + label + (s.weak() ? " (weak)" : ""));
            }
        }
        StringBuilder b = new StringBuilder(o.type()).append(' ').append(o.hexAddress()).append("  rc ")
                .append(o.refcount()).append("  ");
        if (who.isEmpty()) {
            b.append("no name or slot holds it");
        } else {
            b.append("held by ").append(String.join(", ", who));
        }
        Box box = d.objectBoxes().get(id);
        if (box != null && box.garbage()) {
            b.append("  unreachable: gc.collect() frees it");
        }
        return b.toString();
    }
}
