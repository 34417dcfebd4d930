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

import heapquest.level.Concealed;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Draws a ViewerState: every cell, every frame (the screen's DELTA refresh sends only what changed). */
public final class ViewerView {
    private ViewerView() {}

    /**
     * What surrounds the panels, which explore and play fill differently.
     *
     * @param mode   after "heapquest" on the title line ("explore", or the level's title)
     * @param right  put before the step counter on the title line ("question 2/6"), or ""
     * @param hints  the keys on the status line, most important first; always: shown whatever the width
     */
    public record Chrome(String mode, String right, List<Hint> hints, List<Hint> always, Concealed concealed) {
        public Chrome(String mode, String right, List<Hint> hints, List<Hint> always) {
            this(mode, right, hints, always, Concealed.NOTHING);
        }
    }

    public static void draw(ViewerState s, TextGraphics g, TerminalSize size) {
        Canvas c = new Canvas(g, size.getColumns(), size.getRows());
        if (tooSmall(s, c)) {
            return;
        }
        drawPanels(s, c, exploreChrome(s));
        if (s.help()) {
            HelpOverlay.draw(c, s.session().keys(), List.of(), s.helpScroll(), s.session().options().palette(),
                    s.session().options().glyphs());
        }
    }

    /** The minimum-size message instead of a broken screen; true when it was drawn. */
    public static boolean tooSmall(ViewerState s, Canvas c) {
        boolean play = s.session().play();
        if (!ScreenLayout.tooSmall(c.width(), c.height(), play)) {
            return false;
        }
        c.fill(Style.DEFAULT);
        TooSmall.draw(c, play ? ScreenLayout.MIN_PLAY_COLUMNS : ScreenLayout.MIN_COLUMNS,
                play ? ScreenLayout.MIN_PLAY_ROWS : ScreenLayout.MIN_ROWS, s.session().options().palette());
        return true;
    }

    /** Title, code, frames, last step, output, heap and status line; returns where everything went. */
    public static ScreenLayout drawPanels(ViewerState s, Canvas c, Chrome chrome) {
        Palette p = s.session().options().palette();
        Glyphs gl = s.session().options().glyphs();
        ScreenLayout L = s.layout();
        // The panels tile the screen and clear their own cells; only the top and bottom lines need it.
        // (Every cell set costs: Lanterna measures each character's width as it stores it.)
        c.fill(L.title(), ' ', Style.DEFAULT);
        c.fill(L.status(), ' ', Style.DEFAULT);
        titleBar(c, s, chrome, p, gl);

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
            String title = s.step() == 0 ? "Last step" : "Last step: " + StackPanel.where(s.session().trace().step(s.step() - 1).line());
            Canvas ev = Panels.frame(c, L.events(), title, "", "", false, p, gl);
            String empty = s.step() == 0 ? "nothing has run yet" : "no change to the heap";
            LogPanel.draw(ev, s.last().log().stream().map(chrome.concealed()::apply).toList(), empty, p, gl);
        }
        if (!L.output().isEmpty()) {
            Canvas out = Panels.frame(c, L.output(), "Output", "", "", false, p, gl);
            int newFrom = s.transition() != null && !s.transition().done(s.now())
                    ? s.transition().changes().outputBefore() : -1;
            boolean showErr = s.atEnd() && !s.session().play();
            OutputPanel.draw(out, s.heap().output(), newFrom, showErr ? s.session().trace().errorOutput() : "", p, gl);
        }

        Diagram d = Viewer.diagram(s);
        Effects fx = Animation.effectsAt(s.transition(), s.now()).withSelected(s.selected()).withPicked(s.picked())
                .withConcealed(chrome.concealed());
        HeapPanel.draw(c, L.heap(), s.heap(), d, s.step() > 0, s.scrollX(), s.scrollY(), fx, p, gl);

        StatusBar.draw(c, L.status().y(), chrome.hints(), chrome.always(), p);
        return L;
    }

    static Chrome exploreChrome(ViewerState s) {
        Glyphs g = s.session().options().glyphs();
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
        return new Chrome("explore", "", hints, List.of(new Hint("?", "help"), new Hint("q", "quit")));
    }

    private static void titleBar(Canvas c, ViewerState s, Chrome chrome, Palette p, Glyphs g) {
        int x = c.text(1, 0, "heapquest", p.get(Role.TITLE));
        StringBuilder right = new StringBuilder();
        if (s.play().on()) {
            right.append(g.play()).append(" playing ").append(s.play().label()).append("   ");
        }
        if (!chrome.right().isEmpty()) {
            right.append(chrome.right()).append("   ");
        }
        boolean failed = s.atEnd() && s.session().trace().exitCode() != 0 && !s.session().play();
        if (s.atEnd()) {
            right.append("finished").append(failed ? " with an exception" : "").append("   step ")
                    .append(s.step()).append('/').append(s.stepCount());
        } else {
            right.append(StackPanel.where(s.currentLine())).append("   step ").append(s.step() + 1).append('/')
                    .append(s.stepCount());
        }
        String r = right.toString();
        int rx = c.width() - 1 - Text.width(r);
        c.text(x + 1, 0, Text.fit(chrome.mode(), Math.max(0, rx - x - 3), g.ellipsis()), p.get(Role.DIM));
        if (rx > x + 2) {
            c.text(rx, 0, r, p.get(failed ? Role.ERROR : Role.TEXT));
        }
    }
}
