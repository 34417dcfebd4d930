package heapquest.tui.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Word wrapping for prose (lessons, explanations). Lessons come from YAML block scalars, already
 * broken at the author's width: lines of a paragraph are joined and wrapped again to the screen's,
 * while blank lines, indented lines (code) and list items keep their own lines. Long words are cut.
 */
public final class Wrap {
    private Wrap() {}

    /** The logical lines: a paragraph's lines joined, unless a line is blank, indented or a list item. */
    static List<String> reflow(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder para = null;
        for (String line : text.split("\n", -1)) {
            boolean own = line.isBlank() || line.startsWith(" ") || line.startsWith("\t")
                    || line.matches("^([-*•]|\\d+[.)])\\s.*");
            if (own) {
                if (para != null) {
                    out.add(para.toString());
                    para = null;
                }
                if (line.isBlank()) {
                    out.add("");
                } else {
                    para = new StringBuilder(line.stripTrailing()); // a list item may continue below
                }
            } else if (para == null) {
                para = new StringBuilder(line.stripTrailing());
            } else {
                para.append(' ').append(line.strip());
            }
        }
        if (para != null) {
            out.add(para.toString());
        }
        return out;
    }

    public static List<String> lines(String text, int width) {
        List<String> out = new ArrayList<>();
        if (text == null || width <= 0) {
            return out;
        }
        for (String para : reflow(text.strip())) {
            String p = Text.printable(para.stripTrailing());
            if (p.isBlank()) {
                out.add("");
                continue;
            }
            int indent = p.length() - p.stripLeading().length();
            String pad = " ".repeat(Math.min(indent, width / 2));
            StringBuilder line = new StringBuilder(pad);
            int lineW = pad.length();
            for (String word : p.strip().split(" +")) {
                int w = Text.width(word);
                while (w > width - pad.length()) {
                    // a word longer than the line (an address, a path): cut it
                    if (lineW > pad.length()) {
                        out.add(line.toString());
                        line = new StringBuilder(pad);
                        lineW = pad.length();
                    }
                    String head = Text.fit(word, width - pad.length() + 1, '-');
                    head = head.substring(0, head.length() - 1);
                    out.add(pad + head);
                    word = word.substring(head.length());
                    w = Text.width(word);
                }
                if (lineW > pad.length() && lineW + 1 + w > width) {
                    out.add(line.toString());
                    line = new StringBuilder(pad);
                    lineW = pad.length();
                }
                if (lineW > pad.length()) {
                    line.append(' ');
                    lineW++;
                }
                line.append(word);
                lineW += w;
            }
            out.add(line.toString());
        }
        return out;
    }
}
