package heapquest.tui.game;

import heapquest.tui.render.Glyphs;

/** The few game symbols, with their ASCII forms. */
final class Marks {
    private Marks() {}

    static String check(Glyphs g) {
        return g.ascii() ? "+" : "✓";
    }

    static String cross(Glyphs g) {
        return g.ascii() ? "x" : "✗";
    }

    static String partial(Glyphs g) {
        return g.ascii() ? "~" : "◐";
    }

    static String todo(Glyphs g) {
        return g.ascii() ? "." : "·";
    }

    static String sep(Glyphs g) {
        return g.ascii() ? " - " : " · ";
    }
}
