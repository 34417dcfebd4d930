package heapquest.tui.game;

import heapquest.level.Level;
import heapquest.tui.panels.Panels;
import heapquest.tui.render.Canvas;
import heapquest.tui.render.Glyphs;
import heapquest.tui.render.Palette;
import heapquest.tui.render.Rect;
import heapquest.tui.render.Role;
import heapquest.tui.render.Text;
import heapquest.tui.render.Wrap;

import java.util.ArrayList;
import java.util.List;

/** A level's lesson in a centred box: before playing it, and again over the play screen ('l'). */
final class LessonView {
    private LessonView() {}

    /** The lesson's lines for a box of the given inner width. */
    static List<String> text(Level l, int width, Glyphs g, boolean beforePlay) {
        List<String> out = new ArrayList<>();
        out.addAll(Wrap.lines(String.join(Marks.sep(g), l.concepts()), width));
        out.add("");
        out.addAll(Wrap.lines(l.lesson(), width));
        if (beforePlay) {
            out.add("");
            out.addAll(Wrap.lines(l.questions().size() + " questions. Step through the program line by line ("
                    + (g.ascii() ? "Right" : "→") + " or n); at each question the program stops and asks what the "
                    + "heap will do. Answer, then see what it really did.", width));
        }
        return out;
    }

    /** Draws the box; returns the number of lines the lesson has, for scrolling. */
    static int draw(Canvas c, Level l, int scroll, boolean beforePlay, Palette p, Glyphs g) {
        int w = Math.min(c.width() - 4, 80);
        List<String> lines = text(l, w - 4, g, beforePlay);
        int h = Math.min(c.height() - 2, lines.size() + 4);
        Rect r = new Rect((c.width() - w) / 2, Math.max(1, (c.height() - h) / 2), w, h);
        String bottom = beforePlay ? "Enter start" + Marks.sep(g) + "Esc back" : "l or Esc close";
        Canvas in = Panels.frame(c, r, l.title(), "lesson", bottom, true, p, g);
        int top = Math.max(0, Math.min(scroll, lines.size() - (in.height() - 2)));
        for (int i = 0; i + 1 < in.height() && top + i < lines.size(); i++) {
            String line = lines.get(top + i);
            Role role = top + i == 0 ? Role.DIM : Role.TEXT;
            in.text(1, i + 1, Text.fit(line, in.width() - 2, g.ellipsis()), p.get(role));
        }
        return lines.size();
    }
}
