package heapquest.tui.game;

import heapquest.level.AnswerForm;
import heapquest.level.Feedback;
import heapquest.level.Solved;
import heapquest.tui.ViewerState;
import heapquest.tui.panels.Panels;
import heapquest.tui.render.Canvas;
import heapquest.tui.render.Glyphs;
import heapquest.tui.render.Palette;
import heapquest.tui.render.Rect;
import heapquest.tui.render.Role;
import heapquest.tui.render.Style;
import heapquest.tui.render.Text;
import heapquest.tui.render.Wrap;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The bottom panel of the play screen: the question waiting with the input its kind takes, or
 * the result of the last answer (right or wrong, the true answer and why), or where the next
 * question is.
 */
final class QuestionPanel {
    private QuestionPanel() {}

    private record Line(String text, Style style) {}

    static void draw(Canvas c, Rect r, PlayState p, Palette pal, Glyphs g) {
        int n = p.asked().size();
        int cur = p.current();
        if (p.feedback() >= 0) {
            feedback(c, r, p, p.asked().get(p.feedback()), p.feedback(), pal, g);
            return;
        }
        if (cur < 0) {
            String title = n == 0 ? "No questions" : "All " + n + " questions answered";
            Canvas in = Panels.frame(c, r, title, p.right() + " right first time", "", false, pal, g);
            List<Line> lines = new ArrayList<>();
            for (String s : Wrap.lines("Run the program to its end to finish the level: c runs there, "
                    + (g.ascii() ? "Right" : "→") + " steps.", in.width() - 2)) {
                lines.add(new Line(s, pal.get(Role.TEXT)));
            }
            body(in, lines, p.note(), pal, g);
            return;
        }
        Asked a = p.asked().get(cur);
        Solved s = a.solved();
        String title = "Question " + (cur + 1) + " of " + n + Marks.sep(g) + "line " + s.line()
                + " (@" + s.question().marker() + ")";
        boolean hasHint = s.question().hint() != null && !s.question().hint().isBlank();
        boolean typing = a.input() instanceof Input.Field; // letters go into the answer: F1, F2 instead
        String right = (hasHint && !a.hinted() ? (typing ? "F1" : "h") + " hint" + Marks.sep(g) : "")
                + (typing ? "F2" : "l") + " lesson";
        Canvas in = Panels.frame(c, r, title, right, "", p.active(), pal, g);
        int w = in.width() - 2;
        List<Line> lines = new ArrayList<>();
        for (String l : Wrap.lines(s.prompt(), w)) {
            lines.add(new Line(l, pal.get(Role.TEXT).bold()));
        }
        if (a.hinted()) {
            for (String l : Wrap.lines("Hint: " + s.question().hint(), w)) {
                lines.add(new Line(l, pal.get(Role.WARN)));
            }
        }
        if (!p.active()) {
            lines.add(new Line("", pal.get(Role.TEXT)));
            String go = p.viewer().step() < a.step()
                    ? "The program stops before line " + s.line() + " to ask this: " + (g.ascii() ? "Right" : "→")
                    + " steps there, c runs there."
                    : "You stepped back past it: step forward to line " + s.line() + " to answer.";
            for (String l : Wrap.lines(go, w)) {
                lines.add(new Line(l, pal.get(Role.DIM)));
            }
            body(in, lines, p.note(), pal, g);
            return;
        }
        asking(in, lines, a, p.viewer(), p.note(), pal, g);
    }

    /**
     * The prompt lines (already wrapped), the input the question takes and, on the last row, its
     * keys or the note; inside a framed panel. Shared by the play screen and the quiz.
     *
     * @param viewer the heap view objects are picked in, for {@link Input.Objects}; null elsewhere
     */
    private static void asking(Canvas in, List<Line> lines, Asked a, ViewerState viewer, String note, Palette pal,
                               Glyphs g) {
        int y = body(in, lines, null, pal, g);
        input(in, y + 1, a, viewer, pal, g);
        String keys;
        if (a.input() instanceof Input.Several sv) {
            keys = "1-" + sv.options().size() + " or space pick" + Marks.sep(g) + (g.ascii() ? "Up/Down" : "↑↓")
                    + " move" + Marks.sep(g) + "Enter answer (nothing picked: nothing is freed)";
        } else if (a.input() instanceof Input.Pick pk) {
            keys = "1-" + pk.options().size() + " or " + (g.ascii() ? "Up/Down" : "↑↓") + " choose" + Marks.sep(g)
                    + "Enter answer";
        } else if (a.input() instanceof Input.Field f) {
            keys = "type the answer" + Marks.sep(g) + "Enter answer" + Marks.sep(g) + "Esc clear"
                    + (f.kind() == Input.Field.Kind.TEXT ? Marks.sep(g) + "F1 hint" : "");
        } else {
            keys = "Tab/" + (g.ascii() ? "Up/Down" : "↑↓") + " move" + Marks.sep(g) + "space pick" + Marks.sep(g)
                    + "Enter answer (nothing picked: nothing is freed)";
        }
        bottomLine(in, note.isEmpty() ? keys : note, !note.isEmpty(), pal, g);
    }

    /** A quiz question waiting for its answer, without hint or stepping (a quiz has neither). */
    static void quizQuestion(Canvas c, Rect r, String title, String right, Asked a, String note, Palette pal,
                             Glyphs g) {
        Canvas in = Panels.frame(c, r, title, right, "", true, pal, g);
        List<Line> lines = new ArrayList<>();
        for (String l : Wrap.lines(a.solved().prompt(), in.width() - 2)) {
            lines.add(new Line(l, pal.get(Role.TEXT).bold()));
        }
        asking(in, lines, a, null, note, pal, g);
    }

    /** Draws the lines from the top; returns the next free row. The last row is for the note. */
    private static int body(Canvas in, List<Line> lines, String note, Palette pal, Glyphs g) {
        int max = in.height() - 1;
        int y = 0;
        for (Line l : lines) {
            if (y >= max) {
                break;
            }
            in.text(1, y++, Text.fit(l.text(), in.width() - 2, g.ellipsis()), l.style());
        }
        if (note != null && !note.isEmpty()) {
            bottomLine(in, note, true, pal, g);
        }
        return y;
    }

    private static void bottomLine(Canvas in, String text, boolean warn, Palette pal, Glyphs g) {
        in.text(1, in.height() - 1, Text.fit(text, in.width() - 2, g.ellipsis()), pal.get(warn ? Role.WARN : Role.DIM));
    }

    private static void input(Canvas in, int y, Asked a, ViewerState viewer, Palette pal, Glyphs g) {
        int rows = Math.max(1, in.height() - 1 - y);
        if (a.input() instanceof Input.Pick pk) {
            pick(in, y, rows, pk.options(), pk.index(), null, pal, g);
        } else if (a.input() instanceof Input.Several sv) {
            pick(in, y, rows, sv.options(), sv.index(), sv.picked(), pal, g);
        } else if (a.input() instanceof Input.Field f) {
            {
                int x = in.text(1, y, "Your answer: ", pal.get(Role.TEXT));
                int fieldW = Math.max(10, Math.min(in.width() - x - 2, 40));
                in.fill(new Rect(x, y, fieldW, 1), ' ', pal.get(Role.CODE_CURRENT));
                String shown = f.text();
                int start = Math.max(0, f.cursor() - fieldW + 1);
                shown = shown.substring(Math.min(start, shown.length()));
                in.text(x, y, Text.fit(shown, fieldW, g.ellipsis()), pal.get(Role.CODE_CURRENT));
                int cx = x + f.cursor() - start;
                char under = f.cursor() < f.text().length() ? f.text().charAt(f.cursor()) : ' ';
                in.put(cx, y, under, pal.get(Role.CODE_CURRENT).reverse());
                String kind = AnswerForm.of(a.solved()).description;
                in.text(x + fieldW + 2, y, Text.fit(kind, Math.max(0, in.width() - x - fieldW - 3), g.ellipsis()),
                        pal.get(Role.DIM));
            }
        } else {
            {
                var v = viewer;
                String cursor = v.selected() >= 0
                        ? "On: " + v.heap().object(v.selected()).map(ob -> ob.type() + " " + ob.hexAddress()).orElse("?")
                        : "Tab moves over the boxes in the heap.";
                in.text(1, y, Text.fit(cursor, in.width() - 2, g.ellipsis()), pal.get(Role.TEXT));
                if (rows > 1) {
                    String picked = "Picked: " + Play.describePicks(v, v.picked());
                    in.text(1, y + 1, Text.fit(picked, in.width() - 2, g.ellipsis()), pal.get(Role.FX_FREED));
                }
            }
        }
    }

    /**
     * The options side by side when they fit, else in columns of the rows available; the one at
     * the cursor highlighted; with picked (several may be), each with a box, ticked when picked.
     */
    private static void pick(Canvas in, int y, int rows, List<String> options, int index, Set<Integer> picked,
                             Palette pal, Glyphs g) {
        List<String> cells = new ArrayList<>();
        int cellW = 0;
        for (int i = 0; i < options.size(); i++) {
            String tick = picked == null ? "" : picked.contains(i) ? "[" + Marks.check(g) + "] " : "[ ] ";
            String cell = (i + 1) + ")  " + tick + Marks.oneRow(options.get(i), g);
            cells.add(cell);
            cellW = Math.max(cellW, Text.width(cell) + 4);
        }
        int perRow = Math.max(1, (in.width() - 2) / Math.max(1, cellW));
        int neededRows = (cells.size() + perRow - 1) / perRow;
        if (neededRows > rows) {
            perRow = (cells.size() + rows - 1) / rows;
        }
        int colW = Math.max(8, (in.width() - 2) / perRow);
        for (int i = 0; i < cells.size(); i++) {
            int row = i / perRow;
            int col = i % perRow;
            if (row >= rows) {
                break;
            }
            int x = 1 + col * colW;
            boolean on = i == index;
            Style st = on ? pal.get(Role.CODE_CURRENT) : pal.get(Role.TEXT);
            in.put(x, y + row, on ? g.current() : ' ', on ? pal.get(Role.CODE_CURRENT_MARK) : st);
            in.text(x + 1, y + row, " " + Text.fit(cells.get(i), colW - 3, g.ellipsis()) + " ", st);
        }
    }

    private static void feedback(Canvas c, Rect r, PlayState p, Asked a, int index, Palette pal, Glyphs g) {
        answered(c, r, "Question " + (index + 1) + " of " + p.asked().size(), a, p.note(), pal, g);
    }

    /** The result of an answer: right or not, the true answer, why, the author's explanation. */
    static void answered(Canvas c, Rect r, String title, Asked a, String note, Palette pal, Glyphs g) {
        Canvas in = Panels.frame(c, r, title + Marks.sep(g) + (a.right() ? "right" : "not quite"), "", "", true,
                pal, g);
        int w = in.width() - 2;
        List<Line> lines = new ArrayList<>();
        Feedback f = Feedback.of(a.solved(), a.given(), a.right());
        List<String> paragraphs = f.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            String text = i == 0 ? (a.right() ? Marks.check(g) : Marks.cross(g)) + " " + paragraphs.get(i) : paragraphs.get(i);
            Style style = i == 0 ? pal.get(a.right() ? Role.OK : Role.ERROR) : pal.get(i == 1 ? Role.TEXT : Role.DIM);
            for (String l : Wrap.lines(text, w)) {
                lines.add(new Line(l, style));
            }
        }
        body(in, lines, null, pal, g);
        bottomLine(in, note.isEmpty() ? "Enter continue" : note, !note.isEmpty(), pal, g);
    }
}
