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
        draw(c, keys, List.of(), p, g);
    }

    /** extra: lines that are not bindings of the map (how to answer questions). */
    public static void draw(Canvas c, KeyMap keys, List<KeyMap.Binding> extra, Palette p, Glyphs g) {
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
        int w = Math.min(c.width() - 2, keyW + textW + 7);
        int h = Math.min(c.height() - 2, lines.size() + 2);
        Rect r = new Rect((c.width() - w) / 2, (c.height() - h) / 2, w, h);
        Canvas in = Panels.frame(c, r, "Keys", "", "? or Esc to close", true, p, g);
        for (int i = 0; i < lines.size() && i < in.height(); i++) {
            Line l = lines.get(i);
            if (l.text().isEmpty()) {
                in.text(1, i, l.key(), p.get(l.role()));
            } else {
                in.text(1, i, l.key(), p.get(l.role()), keyW);
                in.text(keyW + 3, i, Text.fit(l.text(), in.width() - keyW - 4, g.ellipsis()), p.get(Role.TEXT));
            }
        }
    }
}
