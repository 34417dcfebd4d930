package heapquest.cli;

import heapquest.level.Chapter;
import heapquest.level.Checker;
import heapquest.level.Level;
import heapquest.level.LevelPack;
import heapquest.level.Problem;
import heapquest.level.Solution;
import heapquest.plain.PlainPlay;
import heapquest.tui.StartupLog;
import heapquest.tui.TerminalApp;
import heapquest.tui.Tty;
import heapquest.tui.UiOptions;
import heapquest.tui.game.Game;
import heapquest.tui.game.GameState;
import heapquest.progress.ProgressStore;
import heapquest.progress.LoadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;

/**
 * {@code heapquest play [LEVEL]}: the game. Without LEVEL it opens the level map with the next
 * level selected; with it, that level's lesson. {@code heapquest} with no arguments is meant to do
 * the same. Progress is read from and recorded in the saves ({@link SaveOptions}) as the player goes.
 */
@Command(name = "play", mixinStandardHelpOptions = true,
        description = {"Play heapquest: the level map, or LEVEL (its id) directly.",
                "Step through small Python programs on a simulated CPython heap and predict what it does."})
public final class PlayCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "LEVEL", description = "A level id (see `heapquest list`).")
    String levelId;

    @Mixin
    LevelsFolder folder = new LevelsFolder();

    @Option(names = "--ascii", description = "Draw with + - | > instead of line-drawing characters.")
    boolean ascii;

    @Option(names = "--no-animation", description = "Show each step at once, without animating it.")
    boolean noAnimation;

    @Option(names = "--plain", description = {"Play in plain text, line by line: questions on stdout, answers from stdin.",
            "For screen readers, simple terminals and scripts; without LEVEL, the next level to play."})
    boolean plain;

    /** Where progress is kept: --saves, --profile. */
    @Mixin
    SaveOptions saves = new SaveOptions();

    @Override
    public Integer call() throws IOException {
        StartupLog.mark("command: parsed");
        if (!folder.exists()) {
            System.err.println(folder.missing());
            return 2;
        }
        SaveOptions.Saves where;
        try {
            where = saves.open(System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("heapquest: " + e.getMessage());
            return 2;
        }
        if (!plain && !Tty.interactive(System.getenv())) {
            System.err.println(Tty.NO_TTY_MESSAGE);
            return Tty.EXIT_NO_TTY;
        }
        ProgressStore progress = new ProgressStore(where.store(), where.profile());
        UiOptions options = UiOptions.fromEnv(ascii, noAnimation, System.getenv());
        if (!plain && levelId == null) {
            // The map: the first frame is drawn at once and the levels are read behind it.
            TerminalApp.run(new Game(progress, daemon()),
                    size -> GameState.opening(folder.levels, progress.profile(), options, size.getColumns(), size.getRows()), Game::frameKey);
            return 0;
        }
        LevelPack pack = LevelPack.load(folder.levels);
        Optional<Level> start = Optional.empty();
        if (levelId != null) {
            start = pack.level(levelId);
            if (start.isEmpty()) {
                System.err.println("heapquest: no level '" + levelId + "' in " + folder.levels + " (see `heapquest list`)");
                return 2;
            }
        }
        StartupLog.mark("levels: loaded " + pack.levels().size());
        LoadResult saved = progress.load();
        // Said before the screen is taken, and again on the map: the player must learn where the copy is.
        saved.warning().ifPresent(w -> System.err.println("heapquest: " + w));
        StartupLog.mark("saves: loaded " + where.profile());
        if (plain) {
            return playPlain(pack, start, saved, progress);
        }
        Level first = start.orElseThrow();
        TerminalApp.run(new Game(progress, daemon()),
                size -> Game.open(GameState.start(pack, saved, options, size.getColumns(), size.getRows()), first),
                Game::frameKey);
        return 0;
    }

    /** The plain mode: one level (LEVEL, or the next to play) in text on stdin and stdout. */
    private static int playPlain(LevelPack pack, Optional<Level> start, LoadResult saved, ProgressStore progress)
            throws IOException {
        if (pack.levels().isEmpty()) {
            System.err.println("heapquest: no levels in " + pack.root());
            return 2;
        }
        List<Level> levels = pack.levels();
        Level level = start.orElseGet(() -> levels.get(saved.profile().nextToPlay(levels.stream().map(Level::id).toList())));
        Solution solution = new Checker().solve(level);
        if (!solution.ok() || solution.trace() == null) {
            String why = solution.problems().stream().findFirst().map(Problem::format).orElse("the program did not run");
            System.err.println("heapquest: level " + level.id() + " cannot be played: " + why);
            return 1;
        }
        // UTF-8 whatever the locale, as run does; the console decides whether answers are echoed.
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String chapter = pack.chapterOf(level).map(Chapter::title).orElse("");
        new PlainPlay(in, out, System.console() == null, progress, System::currentTimeMillis)
                .play(level, solution, saved.profile(), chapter);
        out.flush();
        return 0;
    }

    /** Levels are solved on daemon threads, so an unfinished one never keeps the JVM alive at exit. */
    static Executor daemon() {
        return r -> {
            Thread t = new Thread(r, "heapquest-worker");
            t.setDaemon(true);
            t.start();
        };
    }
}
