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

    /** Three stars, n of them filled: ★★☆ (ASCII **.). */
    static String stars(int n, boolean ascii) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            b.append(i < n ? (ascii ? '*' : '★') : (ascii ? '.' : '☆'));
        }
        return b.toString();
    }

    /** A play time as m:ss (h:mm:ss from an hour). */
    static String time(long millis) {
        long s = millis / 1000;
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }

    /**
     * A choice on one row with its line breaks visible: an output choice of two lines must not read
     * as one line with a space in it ("del car ⏎ del engine", ASCII "del car / del engine").
     */
    static String oneRow(String option, Glyphs g) {
        return option.replace("\n", g.ascii() ? " / " : " ⏎ ");
    }

    static String sep(Glyphs g) {
        return g.ascii() ? " - " : " · ";
    }
}
