package heapquest.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;

/**
 * An Elm-style program: a pure update from state and message to state, and a view that draws a
 * state. {@link TerminalApp} runs one against a real terminal; tests run it against a virtual one.
 */
public interface Program<S> {

    S update(S state, Msg msg);

    /** Draws every cell of the screen for state (what is not drawn is left blank). */
    void view(S state, TextGraphics g, TerminalSize size);

    boolean done(S state);

    /**
     * Runs the work the last update asked for (update itself stays pure) and returns the state
     * without it. Results come back later as messages through post, which is safe to call from
     * any thread.
     */
    default S effects(S state, java.util.function.Consumer<Msg> post) {
        return state;
    }

    /** A counter the program bumps when the user asks for a full repaint (Ctrl-L). */
    default int redraws(S state) {
        return 0;
    }
}
