package heapquest.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import heapquest.tui.render.Canvas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A headless screen: draws through a real TerminalScreen into Lanterna's virtual terminal and
 * reads the cells back, as TECH-NOTES §1.5 describes (double-width padding cells skipped).
 */
public final class Snap {
    public final DefaultVirtualTerminal terminal;
    public final TerminalScreen screen;

    public Snap(int w, int h) {
        try {
            terminal = new DefaultVirtualTerminal(new TerminalSize(w, h));
            screen = new TerminalScreen(terminal);
            screen.startScreen();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> draw(int w, int h, Consumer<Canvas> painter) {
        Snap s = new Snap(w, h);
        s.paint(painter);
        return s.rows();
    }

    public void paint(Consumer<Canvas> painter) {
        TerminalSize size = screen.getTerminalSize();
        var g = screen.newTextGraphics();
        g.fill(' ');
        painter.accept(new Canvas(g, size.getColumns(), size.getRows()));
        refresh();
    }

    public void refresh() {
        try {
            screen.refresh(Screen.RefreshType.DELTA);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void refreshComplete() {
        try {
            screen.refresh(Screen.RefreshType.COMPLETE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TextCharacter cell(int x, int y) {
        return terminal.getCharacter(x, y);
    }

    public List<String> rows() {
        TerminalSize size = terminal.getTerminalSize();
        List<String> out = new ArrayList<>();
        for (int y = 0; y < size.getRows(); y++) {
            StringBuilder b = new StringBuilder();
            for (int x = 0; x < size.getColumns(); x++) {
                TextCharacter c = terminal.getCharacter(x, y);
                b.append(c.getCharacterString());
                if (c.isDoubleWidth()) {
                    x++; // the padding cell repeats the character
                }
            }
            out.add(b.toString());
        }
        return out;
    }

    public String text() {
        return String.join("\n", rows());
    }

    public static String join(List<String> rows) {
        StringBuilder b = new StringBuilder();
        for (String r : rows) {
            b.append(r.stripTrailing()).append('\n');
        }
        return b.toString();
    }
}
