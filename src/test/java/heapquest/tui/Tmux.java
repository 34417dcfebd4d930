package heapquest.tui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * A private tmux server for an end-to-end test: start a command in a session, read the screen,
 * wait for text on it, send keys. Its own socket ({@code -L}) and no config, so tests neither see
 * nor disturb the user's sessions; {@link #kill()} ends it.
 */
public final class Tmux {
    private final String server;

    public Tmux(String name) {
        this.server = name + "-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
    }

    public static boolean installed() {
        try {
            return new ProcessBuilder("tmux", "-V").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    public String tmux(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", server, "-f", "/dev/null"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(10, TimeUnit.SECONDS);
        return out;
    }

    /** Starts a shell command in a detached session of the given size. */
    public void start(int columns, int rows, String command) throws IOException, InterruptedException {
        tmux("new-session", "-d", "-x", String.valueOf(columns), "-y", String.valueOf(rows), command);
    }

    public String screen() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p");
    }

    /** The screen once it shows text; fails with the screen when it does not within millis. */
    public String waitFor(String text, long millis) throws Exception {
        return waitUntil(s -> s.contains(text), "'" + text + "'", millis);
    }

    /** The screen once all of it matches regex. */
    public String waitForMatch(String regex, long millis) throws Exception {
        return waitUntil(s -> s.matches(regex), "/" + regex + "/", millis);
    }

    private String waitUntil(java.util.function.Predicate<String> shown, String what, long millis) throws Exception {
        long end = System.currentTimeMillis() + millis;
        String s = "";
        while (System.currentTimeMillis() < end) {
            s = screen();
            if (shown.test(s)) {
                return s;
            }
            Thread.sleep(50);
        }
        fail("timed out waiting for " + what + "; the screen:\n" + s);
        return s;
    }

    /** Keys by tmux name ("Enter", "Escape", "q"), one at a time. */
    public void send(String... keys) throws Exception {
        for (String k : keys) {
            tmux("send-keys", k);
            Thread.sleep(120);
        }
    }

    /** Text typed literally. */
    public void type(String text) throws Exception {
        tmux("send-keys", "-l", text);
        Thread.sleep(120);
    }

    public void kill() throws IOException, InterruptedException {
        tmux("kill-server");
    }
}
