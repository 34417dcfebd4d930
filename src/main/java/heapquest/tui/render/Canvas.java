package heapquest.tui.render;

import com.googlecode.lanterna.TerminalTextUtils;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.graphics.TextGraphics;

/**
 * A clipped, translated view of Lanterna's TextGraphics. Panels draw in their own coordinates and
 * cannot spill into their neighbours; double-width characters that would straddle the clip edge
 * are replaced by a space so no half glyph is ever left behind.
 */
public final class Canvas {
    private final TextGraphics g;
    private final int ox;
    private final int oy;
    private final Rect clip; // absolute
    private final int w;
    private final int h;

    public Canvas(TextGraphics g, int w, int h) {
        this(g, 0, 0, new Rect(0, 0, w, h), w, h);
    }

    private Canvas(TextGraphics g, int ox, int oy, Rect clip, int w, int h) {
        this.g = g;
        this.ox = ox;
        this.oy = oy;
        this.clip = clip;
        this.w = w;
        this.h = h;
    }

    /** A canvas for the local rectangle r, clipped to it and to this canvas. */
    public Canvas sub(Rect r) {
        Rect abs = new Rect(ox + r.x(), oy + r.y(), Math.max(0, r.w()), Math.max(0, r.h()));
        return new Canvas(g, abs.x(), abs.y(), clip.intersect(abs), Math.max(0, r.w()), Math.max(0, r.h()));
    }

    public int width() {
        return w;
    }

    public int height() {
        return h;
    }

    public boolean visible(int x, int y) {
        return clip.contains(ox + x, oy + y);
    }

    public void put(int x, int y, char c, Style s) {
        int ax = ox + x;
        int ay = oy + y;
        if (clip.contains(ax, ay)) {
            g.setCharacter(ax, ay, s.cell(c));
        }
    }

    public void put(int x, int y, TextCharacter c) {
        int ax = ox + x;
        int ay = oy + y;
        if (clip.contains(ax, ay)) {
            g.setCharacter(ax, ay, c);
        }
    }

    /** Writes s from (x, y); returns the column after the last one written. */
    public int text(int x, int y, String s, Style st) {
        return text(x, y, s, st, Integer.MAX_VALUE);
    }

    /** Writes at most maxWidth columns of s. */
    public int text(int x, int y, String s, Style st, int maxWidth) {
        int end = maxWidth == Integer.MAX_VALUE ? Integer.MAX_VALUE : x + maxWidth;
        int ay = oy + y;
        if (ay < clip.y() || ay >= clip.bottom()) {
            return x + Math.min(Text.width(s), maxWidth);
        }
        int cx = x;
        for (int i = 0; i < s.length() && cx < end; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) || Character.isLowSurrogate(c)) {
                c = '?'; // Lanterna cells hold one UTF-16 unit; astral characters have no safe width
            } else if (c < ' ' || c == 0x7f) {
                c = ' ';
            }
            boolean wide = c >= 0x1100 && TerminalTextUtils.isCharDoubleWidth(c); // nothing below U+1100 is wide
            int ax = ox + cx;
            if (wide) {
                if (cx + 1 >= end || !clip.contains(ax + 1, ay) || !clip.contains(ax, ay)) {
                    put(cx, y, ' ', st);
                    put(cx + 1, y, ' ', st);
                } else {
                    g.setCharacter(ax, ay, st.cell(c));
                }
                cx += 2;
            } else {
                put(cx, y, c, st);
                cx++;
            }
        }
        return cx;
    }

    public void fill(Style s) {
        fill(new Rect(0, 0, w, h), ' ', s);
    }

    public void fill(Rect r, char c, Style s) {
        Rect abs = clip.intersect(new Rect(ox + r.x(), oy + r.y(), r.w(), r.h()));
        if (abs.isEmpty()) {
            return;
        }
        TextCharacter tc = s.cell(c);
        for (int y = abs.y(); y < abs.bottom(); y++) {
            for (int x = abs.x(); x < abs.right(); x++) {
                g.setCharacter(x, y, tc);
            }
        }
    }

    public void hline(int x, int y, int len, char c, Style s) {
        fill(new Rect(x, y, len, 1), c, s);
    }

    public void vline(int x, int y, int len, char c, Style s) {
        fill(new Rect(x, y, 1, len), c, s);
    }

    /** A one-cell border around r, square or rounded. */
    public void border(Rect r, Glyphs gl, boolean rounded, Style s) {
        if (r.w() < 2 || r.h() < 2) {
            return;
        }
        hline(r.x() + 1, r.y(), r.w() - 2, gl.h(), s);
        hline(r.x() + 1, r.bottom() - 1, r.w() - 2, gl.h(), s);
        vline(r.x(), r.y() + 1, r.h() - 2, gl.v(), s);
        vline(r.right() - 1, r.y() + 1, r.h() - 2, gl.v(), s);
        put(r.x(), r.y(), rounded ? gl.rtl() : gl.tl(), s);
        put(r.right() - 1, r.y(), rounded ? gl.rtr() : gl.tr(), s);
        put(r.x(), r.bottom() - 1, rounded ? gl.rbl() : gl.bl(), s);
        put(r.right() - 1, r.bottom() - 1, rounded ? gl.rbr() : gl.br(), s);
    }
}
