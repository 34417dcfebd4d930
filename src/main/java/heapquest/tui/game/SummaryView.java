package heapquest.tui.game;

import heapquest.tui.panels.Panels;
import heapquest.tui.render.Canvas;
import heapquest.tui.render.Glyphs;
import heapquest.tui.render.Palette;
import heapquest.tui.render.Rect;
import heapquest.tui.render.Role;
import heapquest.tui.render.Style;
import heapquest.tui.render.Text;

/** The end of a level: answers right the first time, hints used, stars, and the next level. */
final class SummaryView {
    private SummaryView() {}

    static void draw(Canvas c, Screen.Summary s, Palette p, Glyphs g) {
        c.fill(Style.DEFAULT);
        int w = Math.min(c.width() - 4, 64);
        int h = 12;
        Rect r = new Rect((c.width() - w) / 2, Math.max(0, (c.height() - h) / 2), w, h);
        Canvas in = Panels.frame(c, r, "Level complete", "", "", true, p, g);
        LevelRecord rec = s.record();
        center(in, 1, Text.fit(s.level().title(), in.width() - 2, g.ellipsis()), p.get(Role.TITLE));
        String stars = Scoring.stars(rec.stars(), g.ascii()).chars().mapToObj(ch -> String.valueOf((char) ch))
                .reduce((a, b) -> a + " " + b).orElse("");
        center(in, 3, stars, p.get(Role.WARN));
        row(in, 5, "Right the first time", rec.right() + " of " + s.questions(), p);
        row(in, 6, "Hints used", String.valueOf(rec.hinted().size()), p);
        String next = s.next() == null ? "that was the last level" : s.next().title();
        row(in, 7, "Next", next, p);
        String keys = (s.next() == null ? "" : "Enter next level" + Marks.sep(g)) + "r replay" + Marks.sep(g)
                + "Esc level map" + Marks.sep(g) + "q quit";
        center(in, in.height() - 1, Text.fit(keys, in.width() - 2, g.ellipsis()), p.get(Role.STATUS_TEXT));
    }

    private static void center(Canvas in, int y, String text, Style s) {
        in.text(Math.max(0, (in.width() - Text.width(text)) / 2), y, text, s);
    }

    private static void row(Canvas in, int y, String label, String value, Palette p) {
        int x = Math.max(1, in.width() / 2 - 22);
        in.text(x, y, Text.padRight(label, 22), p.get(Role.DIM));
        in.text(x + 23, y, Text.fit(value, in.width() - x - 24, '~'), p.get(Role.TEXT).bold());
    }
}
