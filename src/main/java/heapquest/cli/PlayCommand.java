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
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;

/**
 * {@code heapquest play [LEVEL]}: the game. Without LEVEL it opens the level map with the next
 * level selected; with it, that level's lesson. {@code heapquest} with no arguments is meant to do
 * the same (Main's call() can return {@code new PlayCommand().call()}).
 */
@Command(name = "play", mixinStandardHelpOptions = true,
        description = {"Play heapquest: the level map, or LEVEL (its id) directly.",
                "Step through small Python programs on a simulated CPython heap and predict what it does."})
public final class PlayCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "LEVEL", description = "A level id (see `heapquest list`).")
    String levelId;

    @Option(names = "--levels", paramLabel = "DIR", description = "The levels folder (default: ./levels).")
    Path levels = Path.of("levels");

    @Option(names = "--ascii", description = "Draw with + - | > instead of line-drawing characters.")
    boolean ascii;

    @Option(names = "--no-animation", description = "Show each step at once, without animating it.")
    boolean noAnimation;

    /** Where progress is kept; in memory until the saves (heapquest.progress) are wired in here. */
    ProgressStore progress = ProgressStore.inMemory();

    @Override
    public Integer call() throws IOException {
        StartupLog.mark("command: parsed");
        if (!Files.isDirectory(levels)) {
            System.err.println("heapquest: " + levels + ": no such folder (run from the folder that holds levels/, "
                    + "or use --levels DIR)");
            return 2;
        }
        if (!Tty.interactive(System.getenv())) {
            System.err.println(Tty.NO_TTY_MESSAGE);
            return Tty.EXIT_NO_TTY;
        }
        LevelPack pack = LevelPack.load(levels);
        Optional<Level> start = Optional.empty();
        if (levelId != null) {
            start = pack.level(levelId);
            if (start.isEmpty()) {
                System.err.println("heapquest: no level '" + levelId + "' in " + levels + " (see `heapquest list`)");
                return 2;
            }
        }
        StartupLog.mark("levels: loaded " + pack.levels().size());
        UiOptions options = UiOptions.fromEnv(ascii, noAnimation, System.getenv());
        Game game = new Game(progress, daemon());
        Optional<Level> first = start;
        TerminalApp.run(game, size -> {
            GameState g = GameState.start(pack, progress.load(), options, size.getColumns(), size.getRows());
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
