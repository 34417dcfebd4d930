package heapquest.tui.render;

import java.util.Map;

/**
 * How many colors we may use. Lanterna does no capability detection (it emits whatever TextColor we
 * give it), so we decide from the environment, as TECH-NOTES §1.4 recommends.
 */
public enum ColorMode {
    /** NO_COLOR: emphasis only through bold, reverse and underline. */
    NONE,
    /** The 16 ANSI colors: every terminal, the Linux console, old ssh clients. */
    ANSI16,
    /** xterm 256 colors: tmux-256color, most emulators; also used for truecolor terminals. */
    XTERM256;

    public static ColorMode detect(Map<String, String> env) {
        String noColor = env.get("NO_COLOR");
        if (noColor != null && !noColor.isEmpty()) {
            return NONE; // https://no-color.org: present and not empty
        }
        String term = env.getOrDefault("TERM", "");
        String colorterm = env.getOrDefault("COLORTERM", "");
        if (colorterm.equals("truecolor") || colorterm.equals("24bit") || term.contains("256color")
                || term.contains("direct")) {
            return XTERM256;
        }
        return ANSI16;
    }
}
