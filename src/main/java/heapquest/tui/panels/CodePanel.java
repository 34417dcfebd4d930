package heapquest.tui.panels;

import heapquest.tui.render.Canvas;
import heapquest.tui.render.Glyphs;
import heapquest.tui.render.Palette;
import heapquest.tui.render.Role;
import heapquest.tui.render.Style;
import heapquest.tui.render.Text;

import java.util.Set;

/**
 * The program: line numbers, the line about to run marked with ▶ and a bar, the lines where outer
 * frames wait for a call marked ›, question markers ◆. It scrolls to keep the current line a third
 * of the way down, where the lines around it can be read.
 */
public final class CodePanel {
    private CodePanel() {}

    /**
     * @param current     1-based line about to run, or -1 when the program has ended
     * @param callerLines lines where outer frames are suspended in a call
     */
    public static void draw(Canvas c, CodeModel code, int current, Set<Integer> callerLines, Palette p, Glyphs g) {
        int n = code.lines().size();
        int h = c.height();
        int numW = Math.max(2, String.valueOf(n).length());
        int top = 0;
        if (n > h) {
            int anchor = current > 0 ? current - 1 : n - 1;
            top = Math.max(0, Math.min(n - h, anchor - h / 3));
        }
        int textX = numW + 3;
        int avail = c.width() - textX;
        for (int row = 0; row < h && top + row < n; row++) {
            int ln = top + row + 1;
            String line = code.lines().get(ln - 1);
            boolean cur = ln == current;
            String marker = code.markers().get(ln);
            if (cur) {
                c.fill(new heapquest.tui.render.Rect(0, row, c.width(), 1), ' ', p.get(Role.CODE_CURRENT));
                c.put(0, row, g.current(), p.get(Role.CODE_CURRENT_MARK));
                c.text(1, row, String.format("%" + numW + "d", ln), p.get(Role.CODE_CURRENT_MARK));
                c.text(textX, row, Text.fit(line, avail, g.ellipsis()), p.get(Role.CODE_CURRENT));
                continue;
            }
            if (callerLines.contains(ln)) {
                c.put(0, row, g.caller(), p.get(Role.CODE_CALLER));
            } else if (marker != null) {
                c.put(0, row, g.marker(), p.get(Role.CODE_MARKER));
            }
            c.text(1, row, String.format("%" + numW + "d", ln), p.get(Role.CODE_LINENO));
            drawSpans(c, textX, row, line, code.spans().get(ln - 1), avail, p, g);
        }
        if (n == 0) {
            c.text(1, 0, "(empty program)", p.get(Role.DIM));
        }
    }

    private static void drawSpans(Canvas c, int x, int y, String line, java.util.List<PythonHighlighter.Span> spans,
                                  int avail, Palette p, Glyphs g) {
        String shown = Text.fit(line, avail, g.ellipsis());
        boolean cut = !shown.equals(line);
        int limit = cut ? shown.length() - 1 : shown.length();
        int pos = 0;
        int cx = x;
        for (PythonHighlighter.Span s : spans) {
            if (s.start() >= limit) {
                break;
            }
            if (s.start() > pos) {
                cx = c.text(cx, y, line.substring(pos, s.start()), p.get(Role.CODE_TEXT));
            }
            cx = c.text(cx, y, line.substring(s.start(), Math.min(s.end(), limit)), style(s.kind(), p));
            pos = Math.min(s.end(), limit);
        }
        if (pos < limit) {
            cx = c.text(cx, y, line.substring(pos, limit), p.get(Role.CODE_TEXT));
        }
        if (cut) {
            c.put(cx, y, g.ellipsis(), p.get(Role.DIM));
        }
    }

    static Style style(PythonHighlighter.Kind k, Palette p) {
        return p.get(switch (k) {
            case KEYWORD -> Role.CODE_KEYWORD;
            case BUILTIN -> Role.CODE_BUILTIN;
            case CONSTANT, NUMBER -> Role.CODE_NUMBER;
            case STRING -> Role.CODE_STRING;
            case COMMENT -> Role.CODE_COMMENT;
            case MARKER -> Role.CODE_MARKER;
            case TEXT -> Role.CODE_TEXT;
        });
    }
}
