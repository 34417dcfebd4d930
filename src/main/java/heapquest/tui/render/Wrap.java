package heapquest.tui.render;

import java.util.ArrayList;
import java.util.List;

/** Word wrapping for prose (lessons, explanations): paragraphs kept, long words cut. */
public final class Wrap {
    private Wrap() {}

    public static List<String> lines(String text, int width) {
        List<String> out = new ArrayList<>();
        if (text == null || width <= 0) {
            return out;
        }
        for (String para : text.strip().split("\n", -1)) {
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
