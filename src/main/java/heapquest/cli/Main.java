package heapquest.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** The `heapquest` command: with no subcommand it opens the game; subcommands are the tools. */
@Command(name = "heapquest",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Learn how CPython manages memory by predicting what its heap does.")
public final class Main implements Callable<Integer> {

    /**
     * The subcommands, by name, in the order help lists them. They are made only when used: picocli
     * reads every command's annotations when it is added, and for all of them that costs each start
     * about 0.15 s of CPU, a third of the budget for the game's first frame.
     */
    static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("play", PlayCommand::new);
        m.put("quiz", QuizCommand::new);
        m.put("progress", ProgressCommand::new);
        m.put("list", ListCommand::new);
        m.put("explore", ExploreCommand::new);
        m.put("run", RunCommand::new);
        m.put("validate", ValidateCommand::new);
        m.put("solve", SolveCommand::new);
        m.put("new", NewCommand::new);
        m.put("help", CommandLine.HelpCommand::new);
        return Collections.unmodifiableMap(m);
    }

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Show Java stack traces for internal errors.")
    boolean debug;

    /** No subcommand (only --debug): the game, as {@code heapquest play} with its defaults. */
    @Override
    public Integer call() throws Exception {
        return new PlayCommand().call();
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code; never calls System.exit, so tests can use it. */
    public static int run(String... args) {
        try {
            if (args.length == 0) {
                // The game with its defaults, without picocli at all: loading and initialising it is
                // the largest single cost before the first frame.
                return new PlayCommand().call();
            }
            CommandLine cli = new CommandLine(new Main());
            for (String name : needed(args)) {
                cli.addSubcommand(name, SUBCOMMANDS.get(name).get());
            }
            cli.setExecutionExceptionHandler(new ErrorHandler());
            return cli.execute(args);
        } catch (Exception e) {
            // Only from the game started without picocli, which handles the commands' own.
            return oneLine("heapquest: " + (e.getMessage() == null ? e.toString() : e.getMessage()), e, args);
        } catch (Error e) {
            // An Error (out of memory, a stack overflow) still gets one line.
            return oneLine("heapquest: internal error: " + e, e, args);
        }
    }

    private static int oneLine(String message, Throwable e, String... args) {
        System.err.println(message);
        if (Arrays.asList(args).contains("--debug")) {
            e.printStackTrace();
        } else {
            System.err.println("(run again with --debug for the details" + (args.length == 0 ? ": heapquest --debug)" : ")"));
        }
        return 1;
    }

    /**
     * The subcommands this command line needs: the one it names, or all of them when it names none
     * that exists (for the help, and for picocli's "did you mean" on a misspelt one).
     */
    static Collection<String> needed(String... args) {
        for (String a : args) {
            if (a.startsWith("-")) {
                if (a.equals("--debug")) {
                    continue;
                }
                break;
            }
            return SUBCOMMANDS.containsKey(a) && !a.equals("help") ? List.of(a) : SUBCOMMANDS.keySet();
        }
        return Arrays.asList(args).contains("--debug") && args.length == 1 ? List.of() : SUBCOMMANDS.keySet();
    }
}
