package heapquest.tui.panels;

import heapquest.tui.render.Canvas;
import heapquest.tui.render.Palette;
import heapquest.tui.render.Role;
import heapquest.tui.render.Text;

import java.util.List;

/** The bottom line: the keys that matter now, as many as fit, help and quit always last. */
public final class StatusBar {
    private StatusBar() {}

    public record Hint(String key, String label) {}

    public static void draw(Canvas c, int y, List<Hint> hints, List<Hint> always, Palette p) {
        int budget = c.width() - 1;
        int need = width(always);
        int x = 1;
        for (Hint h : hints) {
            int w = Text.width(h.key()) + 1 + Text.width(h.label()) + 2;
            if (x + w + need > budget) {
                break;
            }
            x = hint(c, x, y, h, p);
        }
        for (Hint h : always) {
            x = hint(c, x, y, h, p);
        }
    }

    private static int width(List<Hint> hs) {
        int w = 0;
        for (Hint h : hs) {
            w += Text.width(h.key()) + 1 + Text.width(h.label()) + 2;
        }
        return w;
    }

    private static int hint(Canvas c, int x, int y, Hint h, Palette p) {
        x = c.text(x, y, h.key(), p.get(Role.STATUS_KEY));
        x = c.text(x + 1, y, h.label(), p.get(Role.STATUS_TEXT));
        return x + 2;
    }
}
