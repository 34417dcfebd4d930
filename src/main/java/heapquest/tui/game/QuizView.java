package heapquest.tui.game;

import heapquest.quiz.QuizItem;
import heapquest.tui.panels.CodeModel;
import heapquest.tui.panels.CodePanel;
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
 * The quiz screen: the program with the asked line marked above the question panel (no heap:
 * the player predicts), the feedback after each answer, then the report.
 */
final class QuizView {
    private QuizView() {}

    /** Rows the question panel takes: the prompt, a few rows of choices, the keys. */
    static final int QUESTION_ROWS = 11;

    static void draw(Canvas c, QuizMode m, Palette p, Glyphs g) {
        c.fill(Style.DEFAULT);
        c.text(1, 0, "heapquest", p.get(Role.TITLE));
        c.text(11, 0, "quiz" + Marks.sep(g) + m.spec().filter().describe(), p.get(Role.DIM));
        switch (m.phase()) {
            case LOADING -> message(c, "Quiz", List.of("Drawing " + m.spec().questions() + " questions and running "
                    + "their programs" + (g.ascii() ? "..." : "…")), Role.TEXT, p, g);
            case FAILED -> message(c, "No quiz", Wrap.lines(m.error(), Math.min(c.width() - 8, 66)), Role.ERROR, p, g);
            case ASKING, FEEDBACK -> question(c, m, p, g);
            case REPORT -> report(c, m, p, g);
        }
    }

    private static void question(Canvas c, QuizMode m, Palette p, Glyphs g) {
        QuizItem item = m.item();
        int n = m.quiz().size();
        long right = m.run().answers().stream().filter(a -> a.right()).count();
        String score = "question " + item.number() + " of " + n + Marks.sep(g) + right + " right";
        c.text(c.width() - 1 - Text.width(score), 0, score, p.get(Role.TEXT));
        int qRows = Math.min(QUESTION_ROWS, c.height() / 2);
        int codeRows = c.height() - 2 - qRows;
        String chapter = item.level().chapter().isEmpty() ? "" : item.level().chapter() + Marks.sep(g);
        Canvas code = Panels.frame(c, new Rect(0, 1, c.width(), codeRows), item.level().title(),
                chapter + "level " + item.level().id(), "", false, p, g);
        CodePanel.draw(code, CodeModel.of(item.programLines()), item.line(), Set.of(), p, g);
        Rect qr = new Rect(0, 1 + codeRows, c.width(), qRows);
        String title = "Question " + item.number() + " of " + n;
        if (m.feedback()) {
            QuestionPanel.answered(c, qr, title, m.asked(), m.note(), p, g);
        } else {
            QuestionPanel.quizQuestion(c, qr, title + Marks.sep(g) + "line " + item.line(),
                    "no heap: predict", m.asked(), m.note(), p, g);
        }
        footer(c, m.feedback() ? "Enter next" : "Esc stop (your answers so far count)", p);
    }

    private static void report(Canvas c, QuizMode m, Palette p, Glyphs g) {
        Rect r = new Rect(0, 1, c.width(), c.height() - 2);
        String title = m.stopped() ? "Quiz stopped" : "Quiz report";
        Canvas in = Panels.frame(c, r, title, m.recorded() ? "saved" : "", "", true, p, g);
        List<String> lines = new ArrayList<>();
        for (String l : m.reportLines()) {
            // Lines that fit keep their indentation (wrapping would fold it away).
            lines.addAll(Text.width(l) <= in.width() - 2 ? List.of(l) : Wrap.lines(l, in.width() - 2));
        }
        int top = Math.min(m.scroll(), Math.max(0, lines.size() - in.height()));
        for (int y = 0; y < in.height() && top + y < lines.size(); y++) {
            String l = lines.get(top + y);
            Role role = y + top == 0 ? Role.TITLE : l.startsWith("  ") ? Role.TEXT : Role.ACCENT;
            in.text(1, y, Text.fit(l, in.width() - 2, g.ellipsis()), p.get(role));
        }
        footer(c, (lines.size() > in.height() ? (g.ascii() ? "Up/Down" : "↑↓") + " scroll" + Marks.sep(g) : "")
                + "Esc back", p);
    }

    private static void message(Canvas c, String title, List<String> lines, Role role, Palette p, Glyphs g) {
        int w = Math.min(c.width() - 4, 70);
        int h = lines.size() + 4;
        Rect r = new Rect((c.width() - w) / 2, Math.max(1, (c.height() - h) / 2), w, h);
        Canvas in = Panels.frame(c, r, title, "", "Esc back", true, p, g);
        for (int i = 0; i < lines.size() && i + 1 < in.height(); i++) {
            in.text(1, i + 1, Text.fit(lines.get(i), in.width() - 2, g.ellipsis()), p.get(role));
        }
    }

    private static void footer(Canvas c, String keys, Palette p) {
        c.text(1, c.height() - 1, keys, p.get(Role.STATUS_TEXT));
    }
}
