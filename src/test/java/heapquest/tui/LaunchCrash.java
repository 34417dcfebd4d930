package heapquest.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;

/**
 * A program that crashes a few frames after the screen is up, to check in tmux that a crash too
 * gives the terminal back (alternate screen left, cursor shown, stty restored) before the error is
 * printed.
 */
public final class LaunchCrash {
    public static void main(String[] args) throws Exception {
        Program<Integer> crashing = new Program<>() {
            @Override
            public Integer update(Integer frames, Msg msg) {
                return msg instanceof Msg.Tick ? frames + 1 : frames;
            }

            @Override
            public void view(Integer frames, TextGraphics g, TerminalSize size) {
                g.putString(2, 2, "CRASH TEST frame " + frames);
                if (frames > 30) {
                    throw new IllegalStateException("boom");
                }
            }

            @Override
            public boolean done(Integer frames) {
                return false;
            }
        };
        try {
            TerminalApp.run(crashing, size -> 0, s -> s);
        } catch (IllegalStateException e) {
            System.err.println("heapquest: crashed: " + e.getMessage());
            System.exit(1);
        }
    }
}
