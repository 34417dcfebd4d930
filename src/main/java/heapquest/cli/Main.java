package heapquest.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** The `heapquest` command: with no subcommand it opens the game; subcommands are the tools. */
@Command(name = "heapquest",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Learn how CPython manages memory by predicting what its heap does.",
        subcommands = {RunCommand.class, ExploreCommand.class, ValidateCommand.class, SolveCommand.class,
                NewCommand.class, ListCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Show Java stack traces for internal errors.")
    boolean debug;

    @Override
    public Integer call() {
        CommandLine.usage(this, System.out);
        return 0;
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code; never calls System.exit, so tests can use it. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(new ErrorHandler());
        try {
            return cli.execute(args);
        } catch (Error e) {
            // picocli handles Exceptions; an Error (out of memory, a stack overflow) still gets one line.
            System.err.println("heapquest: internal error: " + e);
            if (java.util.Arrays.asList(args).contains("--debug")) {
                e.printStackTrace();
            } else {
                System.err.println("(run again with --debug for the details)");
            }
            return 1;
        }
    }
}
