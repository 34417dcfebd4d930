package heapquest.tui.panels;

import heapquest.tui.render.Canvas;
import heapquest.tui.render.Palette;
import heapquest.tui.render.Role;
import heapquest.tui.render.Text;

import java.util.List;

/** Said plainly, instead of a broken screen, when the terminal is below the minimum size. */
public final class TooSmall {
    private TooSmall() {}

    public static void draw(Canvas c, int minW, int minH, Palette p) {
        int w = c.width();
        int h = c.height();
        List<String> lines = List.of(
                "Terminal too small: " + w + "x" + h,
                "heapquest needs at least " + minW + "x" + minH + ".",
                "Enlarge the window, or press q to quit.");
        int y = Math.max(0, (h - lines.size()) / 2);
        for (int i = 0; i < lines.size(); i++) {
            String s = Text.fit(lines.get(i), w, '~');
            int x = Math.max(0, (w - Text.width(s)) / 2);
            c.text(x, y + i, s, p.get(i == 0 ? Role.WARN : Role.TEXT));
        }
    }
}
