package heapquest.tui.panels;

import heapquest.tui.render.Canvas;
import heapquest.tui.render.Glyphs;
import heapquest.tui.render.Palette;
import heapquest.tui.render.Role;
import heapquest.tui.render.Style;
import heapquest.tui.render.Text;

import java.util.List;

/** What the last step did, in words ("new list 0x…", "rc 1→2 …", "freed …"). */
public final class LogPanel {
    private LogPanel() {}

    public static void draw(Canvas c, List<String> log, String empty, Palette p, Glyphs g) {
        if (log.isEmpty()) {
            c.text(1, 0, Text.fit(empty, c.width() - 1, g.ellipsis()), p.get(Role.DIM));
            return;
        }
        int rows = c.height();
        for (int i = 0; i < rows && i < log.size(); i++) {
            String line = log.get(i);
            if (i == rows - 1 && log.size() > rows) {
                c.text(1, i, g.ellipsis() + " " + (log.size() - i) + " more", p.get(Role.DIM));
                break;
            }
            String shown = g.ascii() ? line.replace('→', '>') : line;
            c.text(1, i, Text.fit(shown, c.width() - 1, g.ellipsis()), style(line, p));
        }
    }

    private static Style style(String line, Palette p) {
        if (line.startsWith("new ")) {
            return p.get(Role.FX_NEW);
        }
        if (line.startsWith("freed ") || line.contains(" dead")) {
            return p.get(Role.ERROR);
        }
        if (line.startsWith("rc ")) {
            return p.get(Role.BOX_RC);
        }
        if (line.startsWith("gc:")) {
            return p.get(Role.ACCENT);
        }
        return p.get(Role.TEXT);
    }
}
