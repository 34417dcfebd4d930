package heapquest.tui.panels;

import heapquest.engine.trace.FrameView;
import heapquest.tui.render.Canvas;
import heapquest.tui.render.Glyphs;
import heapquest.tui.render.Palette;
import heapquest.tui.render.Role;
import heapquest.tui.render.Text;

import java.util.List;

/** The call stack, innermost frame first, with the line each frame is at. */
public final class StackPanel {
    private StackPanel() {}

    public static void draw(Canvas c, List<FrameView> frames, boolean ended, Palette p, Glyphs g) {
        if (frames.isEmpty()) {
            c.text(1, 0, ended ? "the program has ended" : "no frames yet", p.get(Role.DIM));
            return;
        }
        int nameW = 0;
        for (FrameView f : frames) {
            nameW = Math.max(nameW, Text.width(f.function()));
        }
        nameW = Math.min(nameW, Math.max(8, c.width() - 12));
        int rows = c.height();
        for (int i = 0; i < rows && i < frames.size(); i++) {
            FrameView f = frames.get(frames.size() - 1 - i);
            boolean inner = i == 0;
            if (i == rows - 1 && frames.size() > rows) {
                c.text(1, i, g.ellipsis() + " " + (frames.size() - rows + 1) + " more", p.get(Role.DIM));
                break;
            }
            c.put(0, i, inner ? g.current() : ' ', p.get(Role.WARN));
            c.text(2, i, Text.padRight(Text.fit(f.function(), nameW, g.ellipsis()), nameW),
                    p.get(inner ? Role.FRAME_TITLE : Role.TEXT));
            c.text(3 + nameW, i, "line " + f.line(), p.get(Role.DIM));
        }
    }
}
