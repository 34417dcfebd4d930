package heapquest.tui.panels;

import heapquest.tui.render.Canvas;
import heapquest.tui.render.Glyphs;
import heapquest.tui.render.Palette;
import heapquest.tui.render.Rect;
import heapquest.tui.render.Role;
import heapquest.tui.render.Text;

/** The frame around a panel: rounded border, title on the top edge, optional notes on the edges. */
public final class Panels {
    private Panels() {}

    /** Draws the frame and returns a canvas for the inside. */
    public static Canvas frame(Canvas c, Rect r, String title, String topRight, String bottom, boolean focus,
                               Palette p, Glyphs g) {
        var border = p.get(focus ? Role.PANEL_BORDER_FOCUS : Role.PANEL_BORDER);
        c.fill(r, ' ', heapquest.tui.render.Style.DEFAULT);
        c.border(r, g, true, border);
        // The title first (it says what the panel is); the note on the right gets what is left.
        int x = r.x() + 2;
        int titleEnd = x;
        if (title != null && !title.isEmpty() && r.w() > 6) {
            String t = Text.fit(title, r.w() - 6, g.ellipsis());
            c.put(x - 1, r.y(), ' ', border);
            titleEnd = c.text(x, r.y(), t, p.get(Role.PANEL_TITLE));
            c.put(titleEnd, r.y(), ' ', border);
        }
        int room = r.right() - 3 - (titleEnd + 3);
        if (topRight != null && !topRight.isEmpty() && room >= 4) {
            String tr = Text.fit(topRight, room, g.ellipsis());
            int tx = r.right() - 2 - Text.width(tr);
            c.put(tx - 1, r.y(), ' ', border);
            c.text(tx, r.y(), tr, p.get(Role.DIM));
            c.put(r.right() - 2, r.y(), ' ', border);
        }
        if (bottom != null && !bottom.isEmpty() && r.w() > 8) {
            String b = Text.fit(bottom, r.w() - 6, g.ellipsis());
            c.put(r.x() + 1, r.bottom() - 1, ' ', border);
            int e = c.text(r.x() + 2, r.bottom() - 1, b, p.get(Role.DIM));
            c.put(e, r.bottom() - 1, ' ', border);
        }
        return c.sub(r.inner());
    }
}
