package heapquest.tui;

import java.util.Map;

/**
 * Whether we can open the full-screen UI. On JDK 17 System.console() is null unless both stdin
 * and stdout are terminals (TECH-NOTES §1.2); a dumb or missing TERM cannot show it either. Without
 * this check Lanterna would open a Swing window, or hang 5 s per size query on a redirected stdout.
 */
public final class Tty {
    public static final int EXIT_NO_TTY = 3;
    public static final String NO_TTY_MESSAGE =
            "heapquest: the game needs a terminal (stdin and stdout must be a TTY); try `heapquest play LEVEL --plain`";

    private Tty() {}

    public static boolean interactive(Map<String, String> env) {
        return System.console() != null && termUsable(env.get("TERM"));
    }

    static boolean termUsable(String term) {
        return term != null && !term.isBlank() && !term.equals("dumb");
    }
}
