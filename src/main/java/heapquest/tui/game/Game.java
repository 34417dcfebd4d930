package heapquest.tui.game;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.graphics.TextGraphics;
import heapquest.level.Concealed;
import heapquest.level.Chapter;
import heapquest.level.Checker;
import heapquest.level.Level;
import heapquest.level.LevelPack;
import heapquest.level.Problem;
import heapquest.level.Solution;
import heapquest.progress.Activity;
import heapquest.progress.ProgressStore;
import heapquest.progress.LevelProgress;
import heapquest.tui.KeyMap;
import heapquest.tui.StartupLog;
import heapquest.tui.Msg;
import heapquest.tui.Program;
import heapquest.tui.ScreenLayout;
import heapquest.tui.ViewerView;
import heapquest.tui.panels.HelpOverlay;
import heapquest.tui.panels.Panels;
import heapquest.tui.panels.StatusBar.Hint;
import heapquest.tui.panels.TooSmall;
import heapquest.tui.render.Canvas;
import heapquest.tui.render.Glyphs;
import heapquest.tui.render.Palette;
import heapquest.tui.render.Rect;
import heapquest.tui.render.Role;
import heapquest.tui.render.Style;
import heapquest.tui.render.Text;
import heapquest.tui.render.Wrap;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The game as an Elm program: the level map, a level's lesson, playing it, its summary. update is
 * pure; solving levels (the checker runs each program, up to a second on a cold JVM) and saving
 * progress are effects this object runs, solving on a background thread whose result comes back
 * as a message, so the screen never freezes.
 */
public final class Game implements Program<GameState> {
    private final ProgressStore store;
    private final Executor background;
    private final Set<String> solving = ConcurrentHashMap.newKeySet();

    /** @param background where levels are solved: a thread in the game, the caller's thread in tests */
    public Game(ProgressStore store, Executor background) {
        this.store = store;
        this.background = background;
    }

    // ------------------------------------------------------------------ effects

    @Override
    public GameState effects(GameState g, Consumer<Msg> post) {
        if (g.effects().isEmpty()) {
            return g;
        }
        GameState out = g.withoutEffects();
        for (Effect e : g.effects()) {
            if (e instanceof Effect.OpenPack o) {
                background.execute(() -> post.accept(open(o.levels())));
            } else if (e instanceof Effect.Record r) {
                out = record(out, r.activities());
            } else if (e instanceof Effect.DrawQuiz d) {
                background.execute(() -> post.accept(QuizScreens.draw(g.pack(), d)));
            } else if (e instanceof Effect.Solve s && !g.solutions().containsKey(s.level().id())
                    && solving.add(s.level().id())) {
                Level level = s.level();
                background.execute(() -> {
                    try {
                        post.accept(new Msg.Solved(new Checker().solve(level)));
                    } catch (RuntimeException | StackOverflowError ex) {
                        post.accept(new Msg.SolveFailed(level.id(), String.valueOf(ex)));
                    } finally {
                        solving.remove(level.id());
                    }
                });
            }
        }
        return out;
    }

    private Msg open(Path levels) {
        try {
            LevelPack pack = LevelPack.load(levels);
            StartupLog.mark("levels: loaded " + pack.levels().size());
            return new Msg.PackOpened(pack, store.load());
        } catch (IOException | RuntimeException ex) {
            return new Msg.OpenFailed("Could not read " + levels + ": "
                    + (ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage()));
        }
    }

    /**
     * Records in the saves and takes the profile as saved (with what another game on the same
     * profile recorded meanwhile). Progress that cannot be saved must not end the game: it is kept
     * in memory and the player is told on the map.
     */
    private GameState record(GameState g, List<Activity> activities) {
        try {
            return g.withProfile(store.record(activities));
        } catch (IOException | RuntimeException ex) {
            String why = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
            return g.withProfile(Activity.applyAll(g.profile(), activities, Instant.now()))
                    .withNotice("Progress could not be saved (" + why + "); it is kept until you quit.");
        }
    }

    // ------------------------------------------------------------------ update

    @Override
    public boolean done(GameState g) {
        return g.quit();
    }

    @Override
    public int redraws(GameState g) {
        return g.redraws();
    }

    @Override
    public GameState update(GameState g, Msg m) {
        if (m instanceof Msg.Tick t) {
            g = g.withNow(t.now());
            return playing(g, m);
        }
        if (m instanceof Msg.Resize r) {
            return playing(g.withSize(r.columns(), r.rows()), m);
        }
        if (m instanceof Msg.PackOpened o) {
            return GameState.start(o.pack(), o.saved(), g.options(), g.columns(), g.rows()).withNow(g.now());
        }
        if (m instanceof Msg.OpenFailed f) {
            return g.withScreen(new Screen.Opening(f.error()));
        }
        if (m instanceof Msg.Solved s) {
            g = g.withSolution(s.solution());
            if (g.screen() instanceof Screen.Loading l && l.level().id().equals(s.solution().level().id())) {
                return startPlay(g, l.level());
            }
            return g;
        }
        if (m instanceof Msg.SolveFailed f) {
            if (g.screen() instanceof Screen.Loading l && l.level().id().equals(f.levelId())) {
                return g.withScreen(new Screen.Loading(l.level(), "The engine failed on this level: " + f.error()));
            }
            return g;
        }
        if (m instanceof Msg.QuizReady || m instanceof Msg.QuizFailed) {
            return QuizScreens.drawn(g, m);
        }
        if (m instanceof Msg.Key k) {
            return key(g, k.stroke());
        }
        return g;
    }

    private static GameState playing(GameState g, Msg m) {
        if (!(g.screen() instanceof Screen.Playing pl)) {
            return g;
        }
        return after(g, Play.update(pl.play(), m));
    }

    /** Applies a play update: progress to record, leaving, and the summary when the level is over. */
    private static GameState after(GameState g, Play.Result r) {
        PlayState p = r.play();
        g = g.recording(r.activity());
        String id = p.level().id();
        switch (r.exit()) {
            case QUIT -> {
                return g.recording(Activity.leaving(id, p.viewer().step(), p.settled())).withQuit();
            }
            case MAP -> {
                return g.recording(Activity.leaving(id, p.viewer().step(), p.settled()))
                        .withScreen(new Screen.LevelMap(Math.max(0, g.indexOf(p.level()))));
            }
            default -> {
            }
        }
        if (p.finished()) {
            Level next = g.after(p.level());
            g = g.recording(Activity.finishing(id, Math.max(0, g.now() - p.startedAt())))
                    .withScreen(new Screen.Summary(p.level(), p.asked().size(), next));
            return next == null ? g : g.withEffect(new Effect.Solve(next));
        }
        return g.withScreen(new Screen.Playing(p));
    }

    private static GameState key(GameState g, KeyStroke k) {
        boolean ctrl = k.getKeyType() == KeyType.Character && k.isCtrlDown();
        if (ctrl && Character.toLowerCase(k.getCharacter()) == 'l') {
            return g.withRedraw();
        }
        if (g.screen() instanceof Screen.Playing pl) {
            return after(g, Play.update(pl.play(), new Msg.Key(k)));
        }
        if (g.screen() instanceof Screen.Quiz q) {
            return QuizScreens.key(g, q, k);
        }
        if (ctrl && k.getCharacter() == 'c') {
            return g.withQuit();
        }
        if (g.help()) {
            boolean close = k.getKeyType() == KeyType.Escape || Play.isChar(k, '?') || Play.isChar(k, 'q');
            return close ? g.withHelp(false) : g;
        }
        Screen s = g.screen();
        if (s instanceof Screen.Opening) {
            return k.getKeyType() == KeyType.Escape || Play.isChar(k, 'q') ? g.withQuit() : g;
        }
        if (s instanceof Screen.LevelMap m) {
            return mapKey(g, m, k);
        }
        if (s instanceof Screen.Lesson l) {
            return lessonKey(g, l, k);
        }
        if (s instanceof Screen.Loading l) {
            boolean back = k.getKeyType() == KeyType.Escape || Play.isChar(k, 'q') || k.getKeyType() == KeyType.ArrowLeft;
            return back ? g.withScreen(new Screen.LevelMap(Math.max(0, g.indexOf(l.level())))) : g;
        }
        if (s instanceof Screen.Summary sum) {
            return summaryKey(g, sum, k);
        }
        return g;
    }

    private static GameState mapKey(GameState g, Screen.LevelMap m, KeyStroke k) {
        int n = g.levels().size();
        KeyType t = k.getKeyType();
        if (t == KeyType.Escape || Play.isChar(k, 'q')) {
            return g.withQuit();
        }
        if (Play.isChar(k, '?')) {
            return g.withHelp(true);
        }
        if (Play.isChar(k, QuizScreens.MAP_KEY)) {
            return QuizScreens.open(g);
        }
        if (n == 0) {
            return g;
        }
        int c = m.cursor();
        if (t == KeyType.ArrowUp || Play.isChar(k, 'k')) {
            c--;
        } else if (t == KeyType.ArrowDown || Play.isChar(k, 'j')) {
            c++;
        } else if (t == KeyType.PageUp) {
            c -= 10;
        } else if (t == KeyType.PageDown) {
            c += 10;
        } else if (t == KeyType.Home) {
            c = 0;
        } else if (t == KeyType.End) {
            c = n - 1;
        } else if (t == KeyType.Enter || t == KeyType.ArrowRight || Play.isChar(k, ' ')) {
            return openLesson(g, g.levels().get(c));
        }
        return g.withScreen(new Screen.LevelMap(Math.max(0, Math.min(n - 1, c))));
    }

    private static GameState openLesson(GameState g, Level level) {
        return g.withScreen(new Screen.Lesson(level, 0)).withEffect(new Effect.Solve(level));
    }

    private static GameState lessonKey(GameState g, Screen.Lesson l, KeyStroke k) {
        KeyType t = k.getKeyType();
        if (t == KeyType.Enter || t == KeyType.ArrowRight || Play.isChar(k, ' ') || Play.isChar(k, 's')
                || Play.isChar(k, 'n')) {
            return startPlay(g, l.level());
        }
        if (t == KeyType.ArrowDown || Play.isChar(k, 'j')) {
            return g.withScreen(new Screen.Lesson(l.level(), l.scroll() + 1));
        }
        if (t == KeyType.ArrowUp || Play.isChar(k, 'k')) {
            return g.withScreen(new Screen.Lesson(l.level(), Math.max(0, l.scroll() - 1)));
        }
        if (t == KeyType.Escape || t == KeyType.ArrowLeft || Play.isChar(k, 'q')) {
            return g.withScreen(new Screen.LevelMap(Math.max(0, g.indexOf(l.level()))));
        }
        return g;
    }

    private static GameState summaryKey(GameState g, Screen.Summary s, KeyStroke k) {
        KeyType t = k.getKeyType();
        if ((t == KeyType.Enter || Play.isChar(k, 'n') || Play.isChar(k, ' ')) && s.next() != null) {
            return openLesson(g, s.next());
        }
        if (Play.isChar(k, 'r')) {
            return openLesson(g, s.level());
        }
        if (Play.isChar(k, 'q')) {
            return g.withQuit();
        }
        if (t == KeyType.Escape || Play.isChar(k, 'm') || t == KeyType.Enter) {
            int i = s.next() == null ? g.indexOf(s.level()) : g.indexOf(s.next());
            return g.withScreen(new Screen.LevelMap(Math.max(0, i)));
        }
        return g;
    }

    /** Plays a level if its answers are ready; otherwise waits for them (or says why it cannot). */
    static GameState startPlay(GameState g, Level level) {
        Solution sol = g.solutions().get(level.id());
        if (sol == null) {
            return g.withScreen(new Screen.Loading(level, null)).withEffect(new Effect.Solve(level));
        }
        if (!sol.ok() || sol.trace() == null) {
            String why = sol.problems().stream().findFirst().map(Problem::toString).orElse("the program did not run");
            return g.withScreen(new Screen.Loading(level, "This level cannot be played: " + why));
        }
        LevelProgress record = g.record(level.id());
        PlayState p = Play.start(level, sol, record, g.options(), g.columns(), g.rows(), g.now());
        return g.withNotice("").recording(Activity.opening(record, level.id())).withScreen(new Screen.Playing(p));
    }

    /** What a frame shows: the clock only matters for an animation or the loading spinner. */
    public static Object frameKey(GameState g) {
        if (g.screen() instanceof Screen.Loading l && l.error() == null) {
            return g;
        }
        GameState n = g.withNow(0);
        if (g.screen() instanceof Screen.Playing pl && pl.play().viewer().transition() == null) {
            n = n.withScreen(new Screen.Playing(pl.play().withViewer(pl.play().viewer().withNow(0))));
        }
        return n;
    }

    /** Opens a level's lesson straight away ({@code heapquest play LEVEL}). */
    public static GameState open(GameState g, Level level) {
        return openLesson(g, level);
    }

    // ------------------------------------------------------------------ view

    @Override
    public void view(GameState g, TextGraphics tg, TerminalSize size) {
        Canvas c = new Canvas(tg, size.getColumns(), size.getRows());
        Palette p = g.options().palette();
        Glyphs gl = g.options().glyphs();
        if (ScreenLayout.tooSmall(c.width(), c.height(), true)) {
            c.fill(Style.DEFAULT);
            TooSmall.draw(c, ScreenLayout.MIN_PLAY_COLUMNS, ScreenLayout.MIN_PLAY_ROWS, p);
            return;
        }
        Screen s = g.screen();
        if (s instanceof Screen.Opening o) {
            opening(c, o, p, gl);
        } else if (s instanceof Screen.LevelMap m) {
            MapView.draw(c, g, m);
            if (g.help()) {
                HelpOverlay.draw(c, mapKeys(gl), List.of(), 0, p, gl);
            }
        } else if (s instanceof Screen.Lesson l) {
            c.fill(Style.DEFAULT);
            c.text(1, 0, "heapquest", p.get(Role.TITLE));
            c.text(11, 0, chapterOf(g, l.level()), p.get(Role.DIM));
            LessonView.draw(c, l.level(), l.scroll(), true, p, gl);
        } else if (s instanceof Screen.Loading l) {
            loading(c, g, l, p, gl);
        } else if (s instanceof Screen.Playing pl) {
            play(c, g, pl.play(), p, gl);
        } else if (s instanceof Screen.Quiz q) {
            QuizView.draw(c, q.mode(), p, gl);
        } else if (s instanceof Screen.Summary sum) {
            SummaryView.draw(c, sum, g.record(sum.level().id()), p, gl);
        }
    }

    static String chapterOf(GameState g, Level level) {
        return g.pack().chapterOf(level).map(Chapter::title).orElse("");
    }

    private static KeyMap mapKeys(Glyphs gl) {
        // The map's own keys are few: they come first, then the play keys to come.
        return KeyMap.play(gl.ascii()).withFirst(QuizScreens.mapHelp(gl));
    }

    private static void opening(Canvas c, Screen.Opening o, Palette p, Glyphs gl) {
        c.fill(Style.DEFAULT);
        c.text(1, 0, "heapquest", p.get(Role.TITLE));
        List<String> lines = o.error() == null ? List.of("Reading the levels" + (gl.ascii() ? "..." : "…"))
                : Wrap.lines(o.error() + " (q quits)", Math.max(10, c.width() - 4));
        int y = Math.max(1, (c.height() - lines.size()) / 2);
        for (int i = 0; i < lines.size(); i++) {
            String line = Text.fit(lines.get(i), c.width() - 2, gl.ellipsis());
            c.text(Math.max(1, (c.width() - Text.width(line)) / 2), y + i, line,
                    p.get(o.error() == null ? Role.DIM : Role.ERROR));
        }
    }

    private static void loading(Canvas c, GameState g, Screen.Loading l, Palette p, Glyphs gl) {
        c.fill(Style.DEFAULT);
        int w = Math.min(c.width() - 4, 70);
        List<String> lines = new ArrayList<>();
        if (l.error() == null) {
            String spin = gl.ascii() ? "|/-\\" : "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏";
            char ch = spin.charAt((int) ((g.now() / 100) % spin.length()));
            lines.add(ch + " Running the level's program on the simulated heap" + (gl.ascii() ? "..." : "…"));
        } else {
            lines.addAll(Wrap.lines(l.error(), w - 4));
        }
        int h = lines.size() + 4;
        Rect r = new Rect((c.width() - w) / 2, Math.max(0, (c.height() - h) / 2), w, h);
        Canvas in = Panels.frame(c, r, l.level().title(), "", "Esc back", true, p, gl);
        for (int i = 0; i < lines.size() && i + 1 < in.height(); i++) {
            in.text(1, i + 1, Text.fit(lines.get(i), in.width() - 2, gl.ellipsis()),
                    p.get(l.error() == null ? Role.TEXT : Role.ERROR));
        }
    }

    private static void play(Canvas c, GameState g, PlayState p, Palette pal, Glyphs gl) {
        String mode = chapterOf(g, p.level()) + Marks.sep(gl) + p.level().title();
        int shown = p.feedback() >= 0 ? p.feedback() + 1 : p.current() < 0 ? p.asked().size() : p.current() + 1;
        String right = p.asked().isEmpty() ? "" : "question " + shown + "/" + p.asked().size();
        Concealed concealed = p.active() ? Concealed.during(p.asked().get(p.current()).solved().question())
                : Concealed.NOTHING;
        boolean typing = p.active() && p.asked().get(p.current()).input() instanceof Input.Field;
        ViewerView.Chrome chrome = new ViewerView.Chrome(mode, right, hints(p, gl),
                typing ? List.of() : List.of(new Hint("?", "help"), new Hint("q", "map")), concealed);
        ScreenLayout L = ViewerView.drawPanels(p.viewer(), c, chrome);
        QuestionPanel.draw(c, L.question(), p, pal, gl);
        if (p.lesson()) {
            LessonView.draw(c, p.level(), p.lessonScroll(), false, pal, gl);
        }
        if (p.viewer().help()) {
            HelpOverlay.draw(c, p.viewer().session().keys(), KeyMap.answering(gl.ascii()), p.viewer().helpScroll(), pal,
                    gl);
        }
    }

    private static List<Hint> hints(PlayState p, Glyphs gl) {
        String right = gl.ascii() ? "Right" : "→";
        String left = gl.ascii() ? "Left" : "←";
        if (p.active() && p.asked().get(p.current()).input() instanceof Input.Field) {
            // Letters go into the answer here, so the keys that still act are the non-letters.
            return List.of(new Hint("Enter", "answer"), new Hint("Esc", "clear, again: map"), new Hint("F1", "hint"),
                    new Hint("F2", "lesson"), new Hint("PgUp/Dn", "scroll heap"));
        }
        if (p.active()) {
            return List.of(new Hint("Enter", "answer"), new Hint(left, "back"), new Hint("h", "hint"),
                    new Hint("l", "lesson"), new Hint("PgUp/Dn", "scroll heap"));
        }
        return List.of(new Hint(right, "step"), new Hint("c", "next question"), new Hint(left, "back"),
                new Hint("space", p.viewer().play().on() ? "pause" : "play"), new Hint("h", "hint"),
                new Hint("l", "lesson"), new Hint("Tab", "select"));
    }
}
