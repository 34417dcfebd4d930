package heapquest.tui.render;

import com.googlecode.lanterna.TerminalTextUtils;

/** Display width and fitting of strings: CJK takes two columns (TECH-NOTES §1.4). */
public final class Text {
    private Text() {}

    public static int width(String s) {
        // Fast path: most of what we draw is ASCII or single-width symbols.
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x1100 && TerminalTextUtils.isCharDoubleWidth(c)) {
                return TerminalTextUtils.getColumnWidth(s);
            }
        }
        return s.length();
    }

    /** s cut to at most max columns, ending with the ellipsis when cut. */
    public static String fit(String s, int max, char ellipsis) {
        if (max <= 0) {
            return "";
        }
        if (width(s) <= max) {
            return s;
        }
        StringBuilder b = new StringBuilder();
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int cw = c >= 0x1100 && TerminalTextUtils.isCharDoubleWidth(c) ? 2 : 1;
            if (w + cw > max - 1) {
                break;
            }
            b.append(c);
            w += cw;
        }
        return b.append(ellipsis).toString();
    }

    public static String padRight(String s, int w) {
        int n = w - width(s);
        return n <= 0 ? s : s + " ".repeat(n);
    }

    /** Replaces tabs and control characters, which would move the terminal's cursor. */
    public static String printable(String s) {
        boolean clean = true;
        for (int i = 0; i < s.length() && clean; i++) {
            clean = s.charAt(i) >= ' ' && s.charAt(i) != 0x7f;
        }
        if (clean) {
            return s;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') {
                b.append(" ".repeat(4 - b.length() % 4));
            } else if (c < ' ' || c == 0x7f) {
                b.append('?');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
