package heapquest.cli;

import heapquest.level.Problem;
import heapquest.level.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code heapquest validate [PATH...]}: checks level files (and chapter.yaml files) and prints every
 * problem as {@code file:line:col: error: message}, then a summary line. Exit code 0 when all is
 * well, 1 when problems were found, 2 for a path that does not exist.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check level files: YAML, the level format, and the program and questions against the engine.",
                "Prints each problem as file:line:col: error: message; exit code 1 if any."})
public final class ValidateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Level files or folders (searched for *.yaml). Default: the levels folder.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--levels", paramLabel = "DIR", description = "The levels folder (default: ./levels).")
    Path levels;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> targets = new ArrayList<>(paths);
        if (levels != null || targets.isEmpty()) {
            targets.add(levels != null ? levels : Path.of("levels"));
        }
        for (Path p : targets) {
            if (!Files.exists(p)) {
                err.println("heapquest: " + p + ": no such file or folder"
                        + (paths.isEmpty() && levels == null ? " (run from the folder that holds levels/, or use --levels DIR)" : ""));
                err.flush();
                return 2;
            }
        }
        Validator.Report report = new Validator().validate(targets);
        for (Problem p : report.problems()) {
            out.println(p.format());
        }
        out.println(report.summary());
        out.flush();
        return report.ok() ? 0 : 1;
    }
}
