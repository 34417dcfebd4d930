package heapquest.cli;

import heapquest.level.Level;
import heapquest.level.LevelPack;
import heapquest.tui.StartupLog;
import heapquest.tui.TerminalApp;
import heapquest.tui.Tty;
import heapquest.tui.UiOptions;
import heapquest.tui.game.Game;
import heapquest.tui.game.GameState;
import heapquest.tui.game.ProgressStore;
import heapquest.progress.LoadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
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
        if (!Tty.interactive(System.getenv())) {
            System.err.println(Tty.NO_TTY_MESSAGE);
            return Tty.EXIT_NO_TTY;
        }
        ProgressStore progress = new ProgressStore(where.store(), where.profile());
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
        UiOptions options = UiOptions.fromEnv(ascii, noAnimation, System.getenv());
        Game game = new Game(progress, daemon());
        Optional<Level> first = start;
        TerminalApp.run(game, size -> {
            GameState g = GameState.start(pack, saved, options, size.getColumns(), size.getRows());
            return first.map(l -> Game.open(g, l)).orElse(g);
        }, Game::frameKey);
        return 0;
    }

    /** Levels are solved on daemon threads, so an unfinished one never keeps the JVM alive at exit. */
    private static Executor daemon() {
        return r -> {
            Thread t = new Thread(r, "heapquest-solve");
            t.setDaemon(true);
            t.start();
        };
    }
}
