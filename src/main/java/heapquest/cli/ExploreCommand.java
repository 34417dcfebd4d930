package heapquest.cli;

import heapquest.engine.trace.Trace;
import heapquest.tui.TerminalApp;
import heapquest.tui.Tty;
import heapquest.tui.UiOptions;
import heapquest.tui.Viewer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code heapquest explore FILE.py}: any program in the heap viewer, stepping freely, no questions. */
@Command(name = "explore", mixinStandardHelpOptions = true,
        description = {"Open a Python program in the heap viewer: step through it line by line (and back),",
                "watch names, objects, refcounts and the collector. The explorer for your own code."})
public final class ExploreCommand implements Callable<Integer> {
    static final String NO_TTY = "heapquest: the viewer needs a terminal (stdin and stdout must be a TTY);"
            + " try `heapquest run FILE --trace`";

    @Mixin
    ProgramFile program;

    @Option(names = "--ascii", description = "Draw with + - | > instead of line-drawing characters.")
    boolean ascii;

    @Option(names = "--no-animation", description = "Show each step at once, without animating it.")
    boolean noAnimation;

    @Override
    public Integer call() throws IOException {
        Optional<Trace> ran = program.run();
        if (ran.isEmpty()) {
            return program.exitCode();
        }
        Trace trace = ran.get();
        if (!Tty.interactive(System.getenv())) {
            System.err.println(NO_TTY);
            return Tty.EXIT_NO_TTY;
        }
        UiOptions options = UiOptions.fromEnv(ascii, noAnimation, System.getenv());
        String title = program.file.getFileName().toString();
        TerminalApp.run(new Viewer(),
                size -> Viewer.init(trace, title, options, size.getColumns(), size.getRows()), Viewer::frameKey);
        return 0;
    }
}
