package heapquest.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;
import heapquest.engine.trace.HeapState;
import heapquest.engine.trace.Trace;
import heapquest.tui.anim.Animation;
import heapquest.tui.anim.Changes;
import heapquest.tui.anim.Timeline;
import heapquest.tui.anim.Transition;
import heapquest.tui.heap.Box;
import heapquest.tui.heap.Diagram;
import heapquest.tui.heap.ProgramView;
import heapquest.tui.render.Rect;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The heap viewer as an Elm program: stepping through a trace, animating, scrolling, selecting. */
public final class Viewer implements Program<ViewerState> {
    static final int SCROLL_STEP = 2;
    static final int PAN_STEP = 8;

    public static ViewerState init(Trace trace, String title, UiOptions options, int columns, int rows) {
        Session session = Session.of(trace, title, options);
        return start(Session.of(trace, title, options), columns, rows);
    }

    /** A viewer at the first step of a session (explore or play). */
    public static ViewerState start(Session session, int columns, int rows) {
        return new ViewerState(session, 0, ProgramView.of(session.trace().stateBefore(0)), Changes.NONE, null, 0,
                Playback.OFF, 0, 0, -1, false, false, columns, rows, 0, false, Integer.MAX_VALUE, java.util.Set.of(), 0);
    }

    @Override
    public ViewerState update(ViewerState s, Msg msg) {
        // Java 17 has no pattern matching in switch (a preview feature there): instanceof it is.
        if (msg instanceof Msg.Tick t) {
            return tick(s, t.now());
        }
        if (msg instanceof Msg.Resize r) {
            return clampScroll(s.withSize(r.columns(), r.rows()));
        }
        if (msg instanceof Msg.Key k) {
            return key(s, k);
        }
        return s;
    }

    @Override
    public void view(ViewerState s, TextGraphics g, TerminalSize size) {
        ViewerView.draw(s, g, size);
    }

    /**
     * Loads and exercises the classes of a frame (layout, router, painter, panels) on a small
     * heap, off the main thread, while the engine runs: on a cold JVM this takes a few hundred
     * milliseconds that would otherwise come before the first frame.
     */
    public static void warmUp() {
        try {
            var frame = new heapquest.engine.trace.FrameView(0, "<module>", 1,
                    List.of(new heapquest.engine.trace.FrameView.Binding("a", 1)));
            var list = new heapquest.engine.trace.ObjectView(1, 0x1000, "list", "[[]]", 1,
                    List.of(new heapquest.engine.trace.Reference("[0]", 2, false)), true, false, false, -1);
            var inner = new heapquest.engine.trace.ObjectView(2, 0x1040, "list", "[]", 1, List.of(), true, false,
                    false, -1);
            HeapState h = new HeapState(0, List.of(frame), List.of(list, inner), "");
            Diagram d = heapquest.tui.heap.HeapLayout.layout(h, List.of(), 80, 30);
            var term = new com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal(new TerminalSize(80, 24));
            var g = term.newTextGraphics();
            new heapquest.tui.heap.DiagramPainter(heapquest.tui.render.Palette.of(heapquest.tui.render.ColorMode.XTERM256),
                    heapquest.tui.render.Glyphs.UNICODE).paint(new heapquest.tui.render.Canvas(g, 80, 24), d, 0, 0,
                    heapquest.tui.heap.Effects.NONE);
            heapquest.tui.panels.CodeModel.of(List.of("a = [[]]  # @q"));
        } catch (RuntimeException e) {
            // only a warm-up
        }
    }

    /** What a frame shows: the clock matters only while an animation runs. */
    public static Object frameKey(ViewerState s) {
        return s.transition() == null ? s.withNow(0) : s;
    }

    @Override
    public boolean done(ViewerState s) {
        return s.quit();
    }

    @Override
    public int redraws(ViewerState s) {
        return s.redraws();
    }

    private static ViewerState key(ViewerState s, Msg.Key k) {
        Optional<Action> a = s.session().keys().action(k.stroke());
        if (a.isEmpty()) {
            return s;
        }
        if (s.help()) {
            // The overlay is modal: it closes on ?, Esc or q; Ctrl-C still quits.
            return switch (a.get()) {
                case HELP, BACK -> s.withHelp(false);
                case QUIT -> k.stroke().isCtrlDown() ? s.withQuit() : s.withHelp(false);
                case REDRAW -> s.withRedraw();
                case SCROLL_DOWN -> s.withHelpScroll(s.helpScroll() + 1);
                case SCROLL_UP -> s.withHelpScroll(s.helpScroll() - 1);
                case PAGE_DOWN -> s.withHelpScroll(s.helpScroll() + 10);
                case PAGE_UP -> s.withHelpScroll(s.helpScroll() - 10);
                default -> s;
            };
        }
        return switch (a.get()) {
            case NEXT -> forward(stopPlaying(s));
            case PREV -> jump(stopPlaying(s), s.step() - 1);
            case RESTART -> jump(stopPlaying(s), 0);
            case END -> jump(stopPlaying(s), s.limit());
            case PLAY -> togglePlay(s);
            case FASTER -> s.withPlay(s.play().faster());
            case SLOWER -> s.withPlay(s.play().slower());
            case SKIP -> s.withTransition(null);
            case SCROLL_UP -> scrollBy(s, 0, -SCROLL_STEP);
            case SCROLL_DOWN -> scrollBy(s, 0, SCROLL_STEP);
            case PAGE_UP -> scrollBy(s, 0, -Math.max(1, s.layout().heapView().h() - 2));
            case PAGE_DOWN -> scrollBy(s, 0, Math.max(1, s.layout().heapView().h() - 2));
            case PAN_LEFT -> scrollBy(s, -PAN_STEP, 0);
            case PAN_RIGHT -> scrollBy(s, PAN_STEP, 0);
            case SELECT_NEXT -> select(s, 1);
            case SELECT_PREV -> select(s, -1);
            case HELP -> s.withHelp(true);
            case INTERNALS -> goTo(s.withInternals(!s.internals()), s.step());
            case BACK -> s.selected() >= 0 ? s.withSelected(-1) : s.withQuit();
            case QUIT -> s.withQuit();
            case REDRAW -> s.withRedraw();
            case CONTINUE, HINT, LESSON -> s; // the game's keys: it handles them before the viewer
        };
    }

    private static ViewerState tick(ViewerState s, long now) {
        ViewerState n = s.withNow(now);
        if (n.transition() != null && n.transition().done(now)) {
            n = n.withTransition(null);
        }
        if (n.play().on()) {
            if (n.atLimit()) {
                n = n.withPlay(n.play().stopped());
            } else if (n.transition() == null && now - n.play().lastAdvance() >= n.play().intervalMillis()) {
                n = forward(n.withPlay(n.play().advanced(now)));
            }
        }
        return n;
    }

    private static ViewerState stopPlaying(ViewerState s) {
        return s.play().on() ? s.withPlay(s.play().stopped()) : s;
    }

    private static ViewerState togglePlay(ViewerState s) {
        if (!s.play().on() && s.atEnd()) {
            s = jump(s, 0); // play again from the start, as a media player does
        }
        // Start at once: the first line runs on the next tick, not one interval later.
        return s.withPlay(new Playback(!s.play().on(), s.play().speed(), s.now() - s.play().intervalMillis()));
    }

    /** Runs one step, with its animation when animations are on. */
    public static ViewerState forward(ViewerState s) {
        if (s.atLimit()) {
            return s;
        }
        Trace trace = s.session().trace();
        HeapState after = heapAt(s, s.step() + 1);
        Changes changes = Changes.between(s.heap(), after, trace.step(s.step()));
        Transition t = null;
        if (s.session().options().animations() && !changes.isEmpty()) {
            Timeline plan = Timeline.plan(changes, 1.0);
            if (s.play().on()) {
                // In auto-play the animation must fit in the interval, or the speed would be a lie.
                double budget = s.play().intervalMillis() * 0.85;
                if (plan.total() > budget) {
                    plan = Timeline.plan(changes, budget / plan.total());
                }
            }
            t = new Transition(s.step(), s.step() + 1, s.now(), changes, plan);
        }
        ViewerState n = s.withStep(s.step() + 1, after, changes, t);
        if (n.selected() >= 0 && after.object(n.selected()).isEmpty() && t == null) {
            n = n.withSelected(-1);
        }
        return follow(n, changes);
    }

    /** Moves to any step at once (time travel): no animation. */
    public static ViewerState jump(ViewerState s, int target) {
        int step = Math.max(0, Math.min(s.limit(), target));
        return goTo(s, step);
    }

    /** The state at step, redrawn from the trace even if it is the current step (after a view change). */
    private static ViewerState goTo(ViewerState s, int step) {
        Trace trace = s.session().trace();
        HeapState heap = heapAt(s, step);
        Changes last = step == 0 ? Changes.NONE : Changes.between(heapAt(s, step - 1), heap, trace.step(step - 1));
        ViewerState n = s.withStep(step, heap, last, null);
        if (n.selected() >= 0 && heap.object(n.selected()).isEmpty()) {
            n = n.withSelected(-1);
        }
        return clampScroll(n);
    }

    /** The heap at a step as the viewer shows it: the program's objects, or everything. */
    static HeapState heapAt(ViewerState s, int step) {
        HeapState raw = s.session().trace().stateBefore(step);
        return s.internals() ? raw : ProgramView.of(raw);
    }

    /** The diagram the view draws for this state (with the ghosts of an animation in progress). */
    public static Diagram diagram(ViewerState s) {
        Rect view = s.layout().heapView();
        return s.session().layouts().diagram(s.heap(), Animation.ghosts(s.transition(), s.now()), view.w(), view.h());
    }

    private static ViewerState scrollBy(ViewerState s, int dx, int dy) {
        return clampScroll(s.withScroll(s.scrollX() + dx, s.scrollY() + dy));
    }

    static ViewerState clampScroll(ViewerState s) {
        if (ScreenLayout.tooSmall(s.columns(), s.rows(), s.session().play())) {
            return s;
        }
        Diagram d = diagram(s);
        Rect view = s.layout().heapView();
        int x = Math.max(0, Math.min(s.scrollX(), d.width() - view.w()));
        int y = Math.max(0, Math.min(s.scrollY(), d.height() - view.h()));
        return x == s.scrollX() && y == s.scrollY() ? s : s.withScroll(x, y);
    }

    /** Selects the next or previous object in the diagram's reading order and scrolls to it. */
    private static ViewerState select(ViewerState s, int dir) {
        if (ScreenLayout.tooSmall(s.columns(), s.rows(), s.session().play())) {
            return s;
        }
        List<Integer> ids = new ArrayList<>();
        for (Box b : diagram(s).boxes()) {
            if (b.kind() == Box.Kind.OBJECT && !b.ghost()) {
                ids.add(b.id());
            }
        }
        if (ids.isEmpty()) {
            return s;
        }
        int i = ids.indexOf(s.selected());
        int next = i < 0 ? (dir > 0 ? 0 : ids.size() - 1) : Math.floorMod(i + dir, ids.size());
        return reveal(s.withSelected(ids.get(next)), ids.get(next));
    }

    /** Scrolls the least needed to show the object's box whole (or its top-left, if it is bigger). */
    static ViewerState reveal(ViewerState s, int id) {
        Diagram d = diagram(s);
        Box b = d.objectBoxes().get(id);
        if (b == null) {
            return s;
        }
        Rect view = s.layout().heapView();
        int x = s.scrollX();
        int y = s.scrollY();
        if (b.right() + 1 > x + view.w()) {
            x = b.right() + 1 - view.w();
        }
        if (b.x() - 2 < x) {
            x = b.x() - 2;
        }
        if (b.bottom() > y + view.h()) {
            y = b.bottom() - view.h();
        }
        if (b.y() - 1 < y) {
            y = b.y() - 1;
        }
        return clampScroll(s.withScroll(x, y));
    }

    /** After a step, brings a new object into view if none of the new ones is visible. */
    private static ViewerState follow(ViewerState s, Changes c) {
        if (c.created().isEmpty() || ScreenLayout.tooSmall(s.columns(), s.rows(), s.session().play())) {
            return clampScroll(s);
        }
        Diagram d = diagram(s);
        Rect view = s.layout().heapView();
        for (int id : c.created()) {
            Box b = d.objectBoxes().get(id);
            if (b != null && b.x() >= s.scrollX() && b.right() <= s.scrollX() + view.w() && b.y() >= s.scrollY()
                    && b.bottom() <= s.scrollY() + view.h()) {
                return clampScroll(s);
            }
        }
        return reveal(s, c.created().get(0));
    }
}
