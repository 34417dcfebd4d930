package heapquest.tui.panels;

import heapquest.tui.render.Canvas;
import heapquest.tui.render.Glyphs;
import heapquest.tui.render.Palette;
import heapquest.tui.render.Role;
import heapquest.tui.render.Text;

import java.util.ArrayList;
import java.util.List;

/**
 * What the program printed so far, the latest lines at the bottom. Text printed by the step being
 * animated (a {@code __del__} saying goodbye) is highlighted while the animation runs; standard
 * error (a traceback) is shown in red once the program has ended.
 */
public final class OutputPanel {
    private OutputPanel() {}

    /** @param newFrom index in out from which the text is new, or -1 */
    public static void draw(Canvas c, String out, int newFrom, String err, Palette p, Glyphs g) {
        record L(String text, Role role) {}
        List<L> lines = new ArrayList<>();
        if (!out.isEmpty()) {
            String body = out.endsWith("\n") ? out.substring(0, out.length() - 1) : out;
            int pos = 0;
            for (String s : body.split("\n", -1)) {
                boolean fresh = newFrom >= 0 && newFrom < out.length() && pos + s.length() + 1 > newFrom;
                lines.add(new L(s, fresh ? Role.OUTPUT_NEW : Role.OUTPUT));
                pos += s.length() + 1;
            }
        }
        if (err != null && !err.isEmpty()) {
            for (String s : err.strip().split("\n")) {
                lines.add(new L(s, Role.ERROR));
            }
        }
        if (lines.isEmpty()) {
            c.text(1, 0, "nothing printed yet", p.get(Role.DIM));
            return;
        }
        int h = c.height();
        int first = Math.max(0, lines.size() - h);
        for (int i = first; i < lines.size(); i++) {
            L l = lines.get(i);
            c.text(1, i - first, Text.fit(Text.printable(l.text()), c.width() - 1, g.ellipsis()), p.get(l.role()));
        }
    }
}
