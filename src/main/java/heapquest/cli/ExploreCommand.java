package heapquest.cli;

import heapquest.engine.Engine;
import heapquest.engine.Limits;
import heapquest.engine.syntax.Parser;
import heapquest.engine.syntax.SourceError;
import heapquest.engine.trace.Trace;
import heapquest.tui.StartupLog;
import heapquest.tui.TerminalApp;
import heapquest.tui.Tty;
import heapquest.tui.UiOptions;
import heapquest.tui.Viewer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/** {@code heapquest explore FILE.py}: any program in the heap viewer, stepping freely, no questions. */
@Command(name = "explore", mixinStandardHelpOptions = true,
        description = {"Open a Python program in the heap viewer: step through it line by line (and back),",
                "watch names, objects, refcounts and the collector. The explorer for your own code."})
public final class ExploreCommand implements Callable<Integer> {
    static final String NO_TTY = "heapquest: the viewer needs a terminal (stdin and stdout must be a TTY);"
            + " try `heapquest run FILE --trace`";

    /** FILE and --max-steps, shared with run; explore reads and runs the file itself, in parallel. */
    @Mixin
    ProgramFile program;

    @Option(names = "--ascii", description = "Draw with + - | > instead of line-drawing characters.")
    boolean ascii;

    @Option(names = "--no-animation", description = "Show each step at once, without animating it.")
    boolean noAnimation;

    private static Executor daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            t.start();
        };
    }

    @Override
    public Integer call() throws IOException {
        StartupLog.mark("command: parsed");
        Path file = program.file;
        long maxSteps = program.maxSteps;
        String source;
        try {
            source = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            System.err.println("heapquest: " + file + ": no such file");
            return 2;
        } catch (MalformedInputException e) {
            System.err.println("heapquest: " + file + ": not a UTF-8 text file");
            return 2;
        }
        if (!Tty.interactive(System.getenv())) {
            try {
                Parser.parse(source); // a syntax error is worth more than "no terminal"
            } catch (SourceError e) {
                System.err.println(e.format(file.toString()));
                return 1;
            }
            System.err.println(NO_TTY);
            return Tty.EXIT_NO_TTY;
        }
        // Three things at once, each a few hundred milliseconds on a cold JVM: parsing and running
        // the program, setting up the terminal (stty, size query), loading the viewer's classes.
        CompletableFuture<Void> parsed = CompletableFuture.runAsync(() -> Parser.parse(source), daemon("heapquest-parse"));
        CompletableFuture<Trace> run = CompletableFuture.supplyAsync(
                () -> Engine.run(file.toString(), source, Limits.DEFAULT.withMaxSteps(maxSteps), List.of()),
                daemon("heapquest-explore"));
        CompletableFuture.runAsync(Viewer::warmUp, daemon("heapquest-warmup"));
        UiOptions options = UiOptions.fromEnv(ascii, noAnimation, System.getenv());
        String title = file.getFileName().toString();
        try {
            TerminalApp.run(new Viewer(), size -> {
                Trace trace = run.join();
                StartupLog.mark("engine: ran " + trace.stepCount() + " steps");
                return Viewer.init(trace, title, options, size.getColumns(), size.getRows());
            }, Viewer::frameKey, parsed::join);
        } catch (CompletionException e) {
            if (e.getCause() instanceof SourceError se) {
                System.err.println(se.format(file.toString())); // the terminal is restored by now
                return 1;
            }
            throw e;
        }
        return 0;
    }
}
