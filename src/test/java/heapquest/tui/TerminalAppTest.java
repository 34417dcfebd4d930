package heapquest.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import heapquest.tui.render.ColorMode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.*;

class TerminalAppTest {

    @Test
    void loopRunsKeysUntilQuitAndDrawsTheLastFrame() throws Exception {
        DefaultVirtualTerminal term = new DefaultVirtualTerminal(new TerminalSize(100, 30));
        TerminalScreen screen = new TerminalScreen(term);
        screen.startScreen();
        term.addInput(new KeyStroke('n', false, false));
        term.addInput(new KeyStroke(KeyType.CursorLocation)); // a late size reply: ignored
        term.addInput(new KeyStroke('n', false, false));
        term.addInput(new KeyStroke('q', false, false));
        AtomicLong clock = new AtomicLong();
        ViewerState init = Viewer.init(Traces.aliasing(), "demo.py", UiOptions.of(false, ColorMode.ANSI16, true), 100, 30);
        ViewerState end = TerminalApp.loop(new Viewer(), init, screen, () -> clock.addAndGet(16), Viewer::frameKey, false);
        assertTrue(end.quit());
        assertEquals(2, end.step());
    }

    @Test
    void loopEndsOnEndOfInput() throws Exception {
        DefaultVirtualTerminal term = new DefaultVirtualTerminal(new TerminalSize(100, 30));
        TerminalScreen screen = new TerminalScreen(term);
        screen.startScreen();
        term.addInput(new KeyStroke(KeyType.EOF));
        ViewerState init = Viewer.init(Traces.aliasing(), "demo.py", UiOptions.of(false, ColorMode.ANSI16, true), 100, 30);
        ViewerState end = TerminalApp.loop(new Viewer(), init, screen, () -> 0, Viewer::frameKey, false);
        assertFalse(end.quit());
    }

    @Test
    void loopRedrawsOnResize() throws Exception {
        DefaultVirtualTerminal term = new DefaultVirtualTerminal(new TerminalSize(100, 30));
        TerminalScreen screen = new TerminalScreen(term);
        screen.startScreen();
        ViewerState init = Viewer.init(Traces.aliasing(), "demo.py", UiOptions.of(false, ColorMode.ANSI16, true), 100, 30);
        Viewer viewer = new Viewer();
        Program<ViewerState> program = new Program<>() {
            int frames;

            @Override
            public ViewerState update(ViewerState s, Msg m) {
                return viewer.update(s, m);
            }

            @Override
            public void view(ViewerState s, com.googlecode.lanterna.graphics.TextGraphics g, TerminalSize size) {
                viewer.view(s, g, size);
            }

            @Override
            public boolean done(ViewerState s) {
                if (++frames == 3) {
                    term.setTerminalSize(new TerminalSize(60, 15));
                }
                return frames > 6;
            }
        };
        ViewerState end = TerminalApp.loop(program, init, screen, () -> 0, Viewer::frameKey, false);
        assertEquals(60, end.columns());
        assertEquals(15, end.rows());
        StringBuilder row = new StringBuilder();
        for (int y = 0; y < 15; y++) {
            for (int x = 0; x < 60; x++) {
                row.append(term.getCharacter(x, y).getCharacterString());
            }
        }
        assertTrue(row.toString().contains("Terminal too small: 60x15"), row.toString());
    }

    @Test
    void escThenKeyArrivingAsAltIsSplitBack() {
        List<Msg> msgs = TerminalApp.translate(new KeyStroke('q', false, true));
        assertEquals(2, msgs.size());
        assertEquals(KeyType.Escape, ((Msg.Key) msgs.get(0)).stroke().getKeyType());
        assertEquals('q', ((Msg.Key) msgs.get(1)).stroke().getCharacter());
        assertFalse(((Msg.Key) msgs.get(1)).stroke().isAltDown());
    }

    @Test
    void flushesAfterACursorPositionQuery() throws Exception {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        FlushOnQueryStream out = new FlushOnQueryStream(sink);
        out.write("abc".getBytes());
        assertEquals(0, sink.size(), "buffered");
        for (byte b : "\u001b[6n".getBytes()) {
            out.write(b);
        }
        assertEquals(7, sink.size(), "the query went out at once");
    }

    @Test
    void dumbTerminalsAreNotInteractive() {
        assertFalse(Tty.termUsable(null));
        assertFalse(Tty.termUsable(""));
        assertFalse(Tty.termUsable("dumb"));
        assertTrue(Tty.termUsable("xterm-256color"));
    }
}
