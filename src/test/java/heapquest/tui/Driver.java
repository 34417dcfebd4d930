package heapquest.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import heapquest.engine.trace.Trace;
import heapquest.tui.render.ColorMode;

import java.util.List;

/**
 * Drives the viewer as the terminal loop would, single-threaded: scripted keys and ticks into the
 * pure update, each state drawn by the view into a virtual terminal that the test then reads.
 */
public final class Driver {
    final Viewer program = new Viewer();
    final Snap snap;
    ViewerState state;
    long now = 1_000;

    public Driver(Trace trace, int w, int h, UiOptions options) {
        snap = new Snap(w, h);
        state = Viewer.init(trace, "demo.py", options, w, h);
        send(new Msg.Resize(w, h));
        tick(0);
    }

    public Driver(Trace trace, int w, int h) {
        this(trace, w, h, UiOptions.of(false, ColorMode.ANSI16, false));
    }

    public Driver send(Msg m) {
        state = program.update(state, m);
        render();
        return this;
    }

    public Driver key(char c) {
        return send(Msg.key(c));
    }

    public Driver key(KeyType t) {
        return send(Msg.key(t));
    }

    public Driver keys(String s) {
        for (char c : s.toCharArray()) {
            key(c);
        }
        return this;
    }

    public Driver stroke(KeyStroke k) {
        return send(new Msg.Key(k));
    }

    public Driver tick(long ms) {
        now += ms;
        return send(new Msg.Tick(now));
    }

    /** Lets any animation run to its end. */
    public Driver settle() {
        return tick(10_000);
    }

    public Driver resize(int w, int h) {
        snap.terminal.setTerminalSize(new TerminalSize(w, h));
        snap.screen.doResizeIfNecessary();
        state = program.update(state, new Msg.Resize(w, h));
        full = true; // as the terminal loop does after a resize
        render();
        return this;
    }

    private boolean full;

    void render() {
        TerminalSize size = snap.screen.getTerminalSize();
        program.view(state, snap.screen.newTextGraphics(), size);
        if (full) {
            snap.refreshComplete();
            full = false;
        } else {
            snap.refresh();
        }
    }

    public List<String> rows() {
        return snap.rows();
    }

    public String text() {
        return Snap.join(rows());
    }

    public TextCharacter cell(int x, int y) {
        return snap.cell(x, y);
    }

    /** The first row containing s, or -1. */
    public int rowOf(String s) {
        List<String> rows = rows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).contains(s)) {
                return i;
            }
        }
        return -1;
    }
}
