package heapquest.tui.panels;

import heapquest.tui.KeyMap;
import heapquest.tui.render.Canvas;
import heapquest.tui.render.Glyphs;
import heapquest.tui.render.Palette;
import heapquest.tui.render.Rect;
import heapquest.tui.render.Role;
import heapquest.tui.render.Text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every key, grouped, straight from the key map; then what the drawing's symbols mean. */
public final class HelpOverlay {
    private HelpOverlay() {}

    private record Line(String key, String text, Role role) {}

    public static void draw(Canvas c, KeyMap keys, Palette p, Glyphs g) {
        draw(c, keys, List.of(), 0, p, g);
    }

    /**
     * extra: lines that are not bindings of the map (how to answer questions); scroll: the first
     * line shown when the help is taller than the screen (and too wide for two columns).
     */
    public static void draw(Canvas c, KeyMap keys, List<KeyMap.Binding> extra, int scroll, Palette p, Glyphs g) {
        Map<String, List<KeyMap.Binding>> groups = new LinkedHashMap<>();
        List<KeyMap.Binding> all = new ArrayList<>(keys.bindings());
        all.addAll(extra);
        for (KeyMap.Binding b : all) {
            if (!b.description().isEmpty()) {
                groups.computeIfAbsent(b.group(), k -> new ArrayList<>()).add(b);
            }
        }
        List<Line> lines = new ArrayList<>();
        int keyW = 0;
        for (Map.Entry<String, List<KeyMap.Binding>> e : groups.entrySet()) {
            if (!lines.isEmpty()) {
                lines.add(new Line("", "", Role.TEXT));
            }
            lines.add(new Line(e.getKey(), "", Role.ACCENT));
            for (KeyMap.Binding b : e.getValue()) {
                lines.add(new Line(b.keys(), b.description(), Role.STATUS_KEY));
                keyW = Math.max(keyW, Text.width(b.keys()));
            }
        }
        lines.add(new Line("", "", Role.TEXT));
        lines.add(new Line("In the heap", "", Role.ACCENT));
        lines.add(new Line(g.dot() + "" + g.h() + g.h() + g.head(), "a reference (names, slots, attributes)", Role.ARROW));
        lines.add(new Line(g.weakDot() + "" + g.weakH() + g.weakH() + g.weakHead(), "a weak reference", Role.ARROW_WEAK));
        lines.add(new Line("rc 2", "refcount: strong references to the object", Role.BOX_RC));
        lines.add(new Line(g.dead() + " dead", "a weak reference whose object was freed", Role.BOX_DEAD));
        lines.add(new Line("unreachable", "no name reaches it: garbage for gc.collect()", Role.BOX_GARBAGE));
        keyW = Math.max(keyW, 11);
        int textW = 0;
        for (Line l : lines) {
            textW = Math.max(textW, Text.width(l.text()));
        }
        int colW = keyW + textW + 4;
        // Too tall for the screen: two columns, split at a group boundary near the middle.
        List<List<Line>> cols = List.of(lines);
        if (lines.size() + 2 > c.height() - 2 && 2 * colW + 4 <= c.width() - 2) {
            int mid = lines.size() / 2;
            int split = mid;
            for (int i = mid; i < lines.size(); i++) {
                if (lines.get(i).text().isEmpty() && lines.get(i).key().isEmpty()) {
                    split = i;
                    break;
                }
            }
            cols = List.of(lines.subList(0, split), lines.subList(split + (split < lines.size() ? 1 : 0), lines.size()));
        } else {
            colW = Math.min(colW, c.width() - 6);
        }
        int rows = 0;
        for (List<Line> col : cols) {
            rows = Math.max(rows, col.size());
        }
        int w = Math.min(c.width() - 2, cols.size() * colW + 3);
        int h = Math.min(c.height() - 2, rows + 2);
        Rect r = new Rect((c.width() - w) / 2, Math.max(0, (c.height() - h) / 2), w, h);
        boolean scrolls = rows > h - 2;
        int top = scrolls ? Math.max(0, Math.min(scroll, rows - (h - 2))) : 0;
        String bottom = scrolls ? (g.ascii() ? "Up/Down" : "↑↓") + " scroll  ? or Esc close" : "? or Esc to close";
        Canvas in = Panels.frame(c, r, "Keys", scrolls ? (top + 1) + "-" + Math.min(rows, top + h - 2) + " of " + rows : "",
                bottom, true, p, g);
        for (int ci = 0; ci < cols.size(); ci++) {
            List<Line> col = cols.get(ci).subList(Math.min(top, cols.get(ci).size()), cols.get(ci).size());
            int x0 = 1 + ci * colW;
            int cw = Math.min(colW, in.width() - x0);
            for (int i = 0; i < col.size() && i < in.height(); i++) {
                Line l = col.get(i);
                if (l.text().isEmpty()) {
                    in.text(x0, i, l.key(), p.get(l.role()), cw);
                } else {
                    in.text(x0, i, l.key(), p.get(l.role()), keyW);
                    in.text(x0 + keyW + 2, i, Text.fit(l.text(), Math.max(0, cw - keyW - 3), g.ellipsis()),
                            p.get(Role.TEXT));
                }
            }
        }
    }
}
