package heapquest.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import heapquest.level.Chapter;
import heapquest.level.Level;
import heapquest.level.LevelPack;
import heapquest.level.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code heapquest list [--json]}: the chapters and levels of the pack, with their concepts and the
 * player's progress. Progress comes from {@link ProgressSource}; until the saves land it is
 * {@link ProgressSource#NONE} and the column shows "-".
 */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the chapters and levels with their concepts and your progress.")
public final class ListCommand implements Callable<Integer> {

    /**
     * The seam for the saves: the player's progress on a level, in a few words ("done", "2/5",
     * "3 stars"), or empty when not started. Wire the progress package in here when it lands.
     */
    @FunctionalInterface
    public interface ProgressSource {
        Optional<String> progressOf(String levelId);

        ProgressSource NONE = id -> Optional.empty();
    }

    @Option(names = "--json", description = "Print the listing as JSON (for tools).")
    boolean json;

    @Option(names = "--levels", paramLabel = "DIR", description = "The levels folder (default: ./levels).")
    Path levels = Path.of("levels");

    @Spec
    CommandSpec spec;

    private ProgressSource progress = ProgressSource.NONE;

    public ListCommand() {
    }

    public ListCommand(ProgressSource progress) {
        this.progress = progress;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(levels)) {
            err.println("heapquest: " + levels + ": no such folder (run from the folder that holds levels/, "
                    + "or use --levels DIR)");
            err.flush();
            return 2;
        }
        LevelPack pack = LevelPack.load(levels);
        if (json) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            out.println(mapper.writeValueAsString(toJson(pack)));
        } else {
            printTable(out, pack);
        }
        out.flush();
        for (Problem p : pack.problems()) {
            err.println(p.format());
        }
        if (!pack.problems().isEmpty()) {
            err.println("some level files have problems; run: heapquest validate " + levels);
        }
        err.flush();
        return pack.problems().isEmpty() ? 0 : 1;
    }

    private void printTable(PrintWriter out, LevelPack pack) {
        if (pack.chapters().isEmpty()) {
            out.println("no levels in " + pack.root());
            return;
        }
        int idWidth = Math.max(5, pack.levels().stream().mapToInt(l -> l.id().length()).max().orElse(5));
        int titleWidth = Math.max(5, Math.min(40, pack.levels().stream().mapToInt(l -> l.title().length()).max().orElse(5)));
        int n = 0;
        for (Chapter c : pack.chapters()) {
            n++;
            out.println();
            out.println(n + ". " + c.title() + (c.id().isEmpty() ? "" : "  (" + c.id() + ")"));
            if (!c.summary().isEmpty()) {
                out.println("   " + c.summary().replace("\n", " "));
            }
            int m = 0;
            for (Level l : c.levels()) {
                m++;
                String title = l.title().length() > titleWidth ? l.title().substring(0, titleWidth - 1) + "…" : l.title();
                out.printf("   %2d  %-" + idWidth + "s  %-" + titleWidth + "s  %-8s  %s%n", m, l.id(), title,
                        progress.progressOf(l.id()).orElse("-"), String.join(", ", l.concepts()));
            }
        }
        out.println();
        int levels = pack.levels().size();
        int chapters = pack.chapters().size();
        out.println(levels + (levels == 1 ? " level in " : " levels in ") + chapters
                + (chapters == 1 ? " chapter" : " chapters"));
    }

    private Map<String, Object> toJson(LevelPack pack) {
        List<Object> chapters = new ArrayList<>();
        for (Chapter c : pack.chapters()) {
            List<Object> levels = new ArrayList<>();
            for (Level l : c.levels()) {
                Map<String, Object> lj = new LinkedHashMap<>();
                lj.put("id", l.id());
                lj.put("title", l.title());
                lj.put("file", l.sourceFile().toString());
                lj.put("concepts", l.concepts());
                lj.put("questions", l.questions().size());
                lj.put("progress", progress.progressOf(l.id()).orElse(null));
                levels.add(lj);
            }
            Map<String, Object> cj = new LinkedHashMap<>();
            cj.put("id", c.id());
            cj.put("title", c.title());
            cj.put("order", c.order());
            cj.put("summary", c.summary());
            cj.put("levels", levels);
            chapters.add(cj);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("levels", pack.root().toString());
        root.put("chapters", chapters);
        root.put("problems", pack.problems().stream().map(Problem::format).toList());
        return root;
    }
}
