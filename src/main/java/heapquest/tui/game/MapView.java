package heapquest.tui.game;

import heapquest.level.Chapter;
import heapquest.level.Level;
import heapquest.progress.LevelProgress;
import heapquest.progress.LevelState;
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

/**
 * The level map: chapters and their levels with the player's progress (done with stars, in
 * progress with answers so far, not started), the next level preselected, and on the right what
 * the selected level is about.
 */
final class MapView {
    private MapView() {}

    /** A row of the list: a chapter title (level -1) or a level (its index in the game's list). */
    record Row(String chapter, int level) {}

    static List<Row> rows(GameState g) {
        List<Row> rows = new ArrayList<>();
        int i = 0;
        for (Chapter c : g.pack().chapters()) {
            if (c.levels().isEmpty()) {
                continue;
            }
            rows.add(new Row(c.title(), -1));
            for (Level ignored : c.levels()) {
                rows.add(new Row(null, i++));
            }
        }
        return rows;
    }

    static void draw(Canvas c, GameState g, Screen.LevelMap m) {
        Palette p = g.options().palette();
        Glyphs gl = g.options().glyphs();
        int w = c.width();
        int h = c.height();
        c.fill(Style.DEFAULT);
        int done = (int) g.levels().stream().filter(l -> g.record(l.id()).everCompleted()).count();
        int stars = g.levels().stream().mapToInt(l -> g.record(l.id()).stars()).sum();
        c.text(1, 0, "heapquest", p.get(Role.TITLE));
        c.text(11, 0, "level map", p.get(Role.DIM));
        String right = done + " of " + g.levels().size() + " levels done" + Marks.sep(gl) + Marks.stars(1, gl.ascii())
                .substring(0, 1) + " " + stars;
        c.text(w - 1 - Text.width(right), 0, right, p.get(Role.TEXT));

        if (g.levels().isEmpty()) {
            String msg = "No levels found in " + g.pack().root() + ".";
            c.text(Math.max(0, (w - Text.width(msg)) / 2), h / 2, msg, p.get(Role.WARN));
            footer(c, g, p);
            return;
        }
        int listW = Math.max(40, w * 55 / 100);
        Rect list = Rect.of(0, 1, listW, h - 2);
        Rect info = Rect.of(listW, 1, w - listW, h - 2);
        Canvas in = Panels.frame(c, list, "Levels", "", "", true, p, gl);
        List<Row> rows = rows(g);
        int cursorRow = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).level() == m.cursor()) {
                cursorRow = i;
            }
        }
        int top = Math.max(0, Math.min(cursorRow - in.height() / 2, rows.size() - in.height()));
        if (cursorRow > 0 && rows.get(cursorRow - 1).level() < 0 && top == cursorRow) {
            top--; // keep the chapter title of the first visible level
        }
        // Concepts in a column after the longest title, unless that leaves them too little room.
        int titles = g.levels().stream().mapToInt(l -> Text.width(l.title())).max().orElse(0);
        int titleW = Math.min(titles, Math.max(12, in.width() - 9 - 2 - 16));
        for (int r = 0; r < in.height() && top + r < rows.size(); r++) {
            Row row = rows.get(top + r);
            if (row.level() < 0) {
                c.text(list.x() + 2, list.y() + 1 + r, Text.fit(row.chapter(), in.width() - 2, gl.ellipsis()),
                        p.get(Role.ACCENT));
                continue;
            }
            levelRow(in, r, g, row.level(), row.level() == m.cursor(), titleW, p, gl);
        }
        if (!info.isEmpty()) {
            details(c, info, g, g.levels().get(m.cursor()), p, gl);
        }
        footer(c, g, p);
    }

    private static void levelRow(Canvas c, int y, GameState g, int index, boolean cursor, int titleW, Palette p,
                                 Glyphs gl) {
        Level l = g.levels().get(index);
        LevelProgress r = g.record(l.id());
        Style base = cursor ? p.get(Role.CODE_CURRENT) : p.get(Role.TEXT);
        if (cursor) {
            c.fill(new Rect(0, y, c.width(), 1), ' ', base);
            c.put(0, y, gl.current(), p.get(Role.CODE_CURRENT_MARK));
        }
        String status;
        Role role;
        if (r.everCompleted()) {
            status = Marks.check(gl) + " " + Marks.stars(r.stars(), gl.ascii());
            role = Role.OK;
        } else if (r.state() == LevelState.IN_PROGRESS) {
            status = Marks.partial(gl) + " " + r.questionsTotal() + "/" + l.questions().size();
            role = Role.WARN;
        } else {
            status = Marks.todo(gl);
            role = Role.DIM;
        }
        c.text(2, y, Text.padRight(status, 6), cursor ? base : p.get(role));
        c.text(9, y, Text.fit(l.title(), Math.min(titleW, c.width() - 10), gl.ellipsis()), cursor ? base.bold() : base);
        int x = 9 + titleW;
        String concepts = String.join(Marks.sep(gl), l.concepts());
        if (x + 3 < c.width()) {
            c.text(x + 2, y, Text.fit(concepts, c.width() - x - 3, gl.ellipsis()), cursor ? base : p.get(Role.DIM));
        }
    }

    private static void details(Canvas c, Rect r, GameState g, Level l, Palette p, Glyphs gl) {
        Canvas in = Panels.frame(c, r, l.title(), "", "", false, p, gl);
        int w = in.width() - 2;
        int y = 0;
        String chapter = Game.chapterOf(g, l);
        y = lines(in, y, Wrap.lines(chapter, w), p.get(Role.ACCENT));
        y = lines(in, y, Wrap.lines(String.join(Marks.sep(gl), l.concepts()), w), p.get(Role.DIM));
        y++;
        y = lines(in, y, Wrap.lines(l.questions().size() + " questions" + Marks.sep(gl) + status(g.record(l.id()), gl), w),
                p.get(g.record(l.id()).everCompleted() ? Role.OK : Role.TEXT));
        y++;
        lines(in, y, Wrap.lines(l.lesson(), w), p.get(Role.TEXT));
    }

    /** "done, best ★★☆ in 1:05", "in progress: 2 answered", "not started". */
    private static String status(LevelProgress rec, Glyphs gl) {
        if (rec.everCompleted()) {
            return "done, best " + Marks.stars(rec.stars(), gl.ascii()) + rec.bestTime().map(t -> " in " + Marks.time(t)).orElse("");
        }
        return rec.state() == LevelState.IN_PROGRESS ? "in progress: " + rec.questionsTotal() + " answered" : "not started";
    }

    private static int lines(Canvas c, int y, List<String> lines, Style s) {
        for (String line : lines) {
            if (y >= c.height()) {
                break;
            }
            c.text(1, y++, line, s);
        }
        return y;
    }

    /** The keys; or, when there is one, the notice (a save that could not be read or written) after them. */
    private static void footer(Canvas c, GameState g, Palette p) {
        Glyphs gl = g.options().glyphs();
        int y = c.height() - 1;
        int x = 1;
        for (String[] k : new String[][] {{gl.ascii() ? "Up/Down" : "↑↓", "choose"}, {"Enter", "play"},
                {"t", "quiz"}, {"?", "help"}, {"q", "quit"}}) {
            x = c.text(x, y, k[0], p.get(Role.STATUS_KEY)) + 1;
            x = c.text(x, y, k[1], p.get(Role.STATUS_TEXT)) + 2;
        }
        if (!g.notice().isEmpty() && x < c.width() - 10) {
            c.text(x, y, Text.fit(g.notice(), c.width() - x - 1, gl.ellipsis()), p.get(Role.WARN));
        }
    }
}
