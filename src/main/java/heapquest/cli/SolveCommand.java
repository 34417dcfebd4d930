package heapquest.cli;

import heapquest.level.Checker;
import heapquest.level.Level;
import heapquest.level.LevelLoader;
import heapquest.level.Problem;
import heapquest.level.Question;
import heapquest.level.Solution;
import heapquest.level.Solved;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code heapquest solve FILE}: runs a level's program and prints every question with the engine's
 * answer and why (who refers to the object, the line that freed it), so an author can read a level
 * through before publishing it. Problems are printed after, as {@code validate} prints them.
 */
@Command(name = "solve", mixinStandardHelpOptions = true,
        description = {"Print each question of a level with the engine's answer and the reason for it.",
                "For authors: read a level through before publishing it."})
public final class SolveCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The level file.")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file)) {
            err.println("heapquest: " + file + ": no such file");
            err.flush();
            return 2;
        }
        String chapter = file.toAbsolutePath().getParent() == null ? ""
                : String.valueOf(file.toAbsolutePath().getParent().getFileName());
        LevelLoader.Loaded loaded = LevelLoader.load(file, file.toString(), chapter);
        Level level = loaded.level();
        List<Problem> problems = new java.util.ArrayList<>(loaded.problems());
        if (level != null) {
            Solution s = new Checker().solve(level);
            problems.addAll(s.problems());
            print(out, level, s);
        }
        for (Problem p : problems) {
            out.println(p.format());
        }
        if (!problems.isEmpty()) {
            out.println(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in 1 file");
        }
        out.flush();
        return problems.isEmpty() ? 0 : 1;
    }

    static void print(PrintWriter out, Level level, Solution s) {
        out.println(level.id() + ": " + level.title() + "  [" + String.join(", ", level.concepts()) + "]");
        out.println(level.questions().size() + (level.questions().size() == 1 ? " question" : " questions")
                + (s.trace() == null ? "" : ", program ran in " + s.trace().stepCount() + " steps"));
        for (Solved q : s.solved()) {
            Question qq = q.question();
            out.println();
            out.println(qq.id() + "  (" + qq.kind().key + (qq.changes() ? ", changes" : "") + ", line " + q.line()
                    + " @" + qq.marker() + (qq.occurrence() > 1 ? " #" + qq.occurrence() : "")
                    + (qq.kind().aboutTheLine() || qq.changes() ? "" : ", " + qq.timing().key) + ")");
            out.println("  line:    " + level.program().lineText(q.line()));
            out.println("  asks:    " + q.prompt());
            out.println("  answer:  " + indent(q.answer().display()));
            if (!q.choices().isEmpty()) {
                out.println("  choices: " + String.join(" | ", q.choices().stream()
                        .map(c -> c.replace("\n", "\\n") + (q.check(c) ? " (right)" : "")).toList()));
            }
            out.println("  why:     " + q.why());
            if (qq.expect() != null) {
                out.println("  expect:  " + qq.expect().strip() + (q.check(qq.expect()) ? " (agrees)" : " (DISAGREES)"));
            }
            if (qq.hint() != null) {
                out.println("  hint:    " + indent(qq.hint().strip()));
            }
            if (qq.explain() != null) {
                out.println("  explain: " + indent(qq.explain().strip()));
            }
        }
        if (!s.solved().isEmpty() || !level.questions().isEmpty()) {
            out.println();
        }
    }

    private static String indent(String s) {
        return s.replace("\n", "\n           ");
    }
}
