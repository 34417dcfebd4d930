package heapquest.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;
import heapquest.engine.trace.FrameView;
import heapquest.tui.anim.Animation;
import heapquest.tui.heap.Diagram;
import heapquest.tui.heap.Effects;
import heapquest.tui.panels.CodePanel;
import heapquest.tui.panels.HeapPanel;
import heapquest.tui.panels.HelpOverlay;
import heapquest.tui.panels.LogPanel;
import heapquest.tui.panels.OutputPanel;
import heapquest.tui.panels.Panels;
import heapquest.tui.panels.StackPanel;
import heapquest.tui.panels.StatusBar;
import heapquest.tui.panels.StatusBar.Hint;
import heapquest.tui.panels.TooSmall;
import heapquest.tui.render.Canvas;
import heapquest.tui.render.Glyphs;
import heapquest.tui.render.Palette;
import heapquest.tui.render.Role;
import heapquest.tui.render.Style;
import heapquest.tui.render.Text;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Draws a ViewerState: every cell, every frame (the screen's DELTA refresh sends only what changed). */
public final class ViewerView {
    private ViewerView() {}

    public static void draw(ViewerState s, TextGraphics g, TerminalSize size) {
        int w = size.getColumns();
        int h = size.getRows();
        Canvas c = new Canvas(g, w, h);
        Palette p = s.session().options().palette();
        Glyphs gl = s.session().options().glyphs();
        if (ScreenLayout.tooSmall(w, h)) {
            c.fill(Style.DEFAULT);
            TooSmall.draw(c, ScreenLayout.MIN_COLUMNS, ScreenLayout.MIN_ROWS, p);
            return;
        }
        ScreenLayout L = ScreenLayout.of(w, h, s.session().code().maxWidth(), s.session().code().lines().size());
        // The panels tile the screen and clear their own cells; only the top and bottom lines need it.
        // (Every cell set costs: Lanterna measures each character's width as it stores it.)
        c.fill(L.title(), ' ', Style.DEFAULT);
        c.fill(L.status(), ' ', Style.DEFAULT);
        titleBar(c, s, p, gl);

        List<FrameView> frames = s.heap().frames();
        Set<Integer> callers = new HashSet<>();
        for (int i = 0; i + 1 < frames.size(); i++) {
            callers.add(frames.get(i).line());
        }
        Canvas code = Panels.frame(c, L.code(), "Code", s.session().title(), "", false, p, gl);
        CodePanel.draw(code, s.session().code(), s.currentLine(), callers, p, gl);

        if (!L.stack().isEmpty()) {
            Canvas st = Panels.frame(c, L.stack(), "Frames", "", "", false, p, gl);
            StackPanel.draw(st, frames, s.atEnd(), p, gl);
        }
        if (!L.events().isEmpty()) {
            String title = s.step() == 0 ? "Last step" : "Last step: line " + s.session().trace().step(s.step() - 1).line();
            Canvas ev = Panels.frame(c, L.events(), title, "", "", false, p, gl);
            String empty = s.step() == 0 ? "nothing has run yet" : "no change to the heap";
            LogPanel.draw(ev, s.last().log(), empty, p, gl);
        }
        if (!L.output().isEmpty()) {
            Canvas out = Panels.frame(c, L.output(), "Output", "", "", false, p, gl);
            int newFrom = s.transition() != null && !s.transition().done(s.now())
                    ? s.transition().changes().outputBefore() : -1;
            OutputPanel.draw(out, s.heap().output(), newFrom, s.atEnd() ? s.session().trace().errorOutput() : "", p, gl);
        }

        Diagram d = Viewer.diagram(s);
        Effects fx = Animation.effectsAt(s.transition(), s.now()).withSelected(s.selected());
        HeapPanel.draw(c, L.heap(), s.heap(), d, s.scrollX(), s.scrollY(), fx, p, gl);

        statusBar(c, h - 1, s, gl, p);
        if (s.help()) {
            HelpOverlay.draw(c, s.session().keys(), p, gl);
        }
    }

    private static void titleBar(Canvas c, ViewerState s, Palette p, Glyphs g) {
        int x = c.text(1, 0, "heapquest", p.get(Role.TITLE));
        x = c.text(x + 1, 0, "explore", p.get(Role.DIM));
        StringBuilder right = new StringBuilder();
        if (s.play().on()) {
            right.append(g.play()).append(" playing ").append(s.play().label()).append("   ");
        }
        if (s.atEnd()) {
            int code = s.session().trace().exitCode();
            right.append("finished").append(code == 0 ? "" : " with an exception").append("   step ")
                    .append(s.step()).append('/').append(s.stepCount());
        } else {
            right.append("line ").append(s.currentLine()).append("   step ").append(s.step() + 1).append('/')
                    .append(s.stepCount());
        }
        String r = right.toString();
        int rx = c.width() - 1 - Text.width(r);
        if (rx > x + 2) {
            c.text(rx, 0, r, p.get(s.atEnd() && s.session().trace().exitCode() != 0 ? Role.ERROR : Role.TEXT));
        }
    }

    private static void statusBar(Canvas c, int y, ViewerState s, Glyphs g, Palette p) {
        String right = g.ascii() ? "Right" : "→";
        String left = g.ascii() ? "Left" : "←";
        List<Hint> hints = List.of(
                new Hint(right, "step"),
                new Hint(left, "back"),
                new Hint("space", s.play().on() ? "pause" : "play"),
                new Hint("+/-", "speed"),
                new Hint("s", "skip"),
                new Hint("Tab", "select"),
                new Hint(g.ascii() ? "Up/Dn [ ]" : "↑↓ [ ]", "scroll"),
                new Hint("Home", "restart"));
        StatusBar.draw(c, y, hints, List.of(new Hint("?", "help"), new Hint("q", "quit")), p);
    }
}
