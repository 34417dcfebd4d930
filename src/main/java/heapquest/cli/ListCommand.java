package heapquest.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import heapquest.level.Chapter;
import heapquest.level.Level;
import heapquest.level.LevelPack;
import heapquest.level.Problem;
import heapquest.progress.LevelProgress;
import heapquest.progress.LevelState;
import heapquest.progress.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code heapquest list [--json]}: the chapters and levels of the pack, with their concepts and the
 * player's progress from the saves ({@link SaveOptions}).
 */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the chapters and levels with their concepts and your progress.")
public final class ListCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print the listing as JSON (for tools).")
    boolean json;

    @Mixin
    LevelsFolder folder = new LevelsFolder();

    @Mixin
    SaveOptions saves = new SaveOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!folder.exists()) {
            err.println(folder.missing());
            err.flush();
            return 2;
        }
        Profile profile;
        try {
            profile = saves.load(System.getenv(), err);
        } catch (IllegalArgumentException e) {
            err.println("heapquest: " + e.getMessage());
            err.flush();
            return 2;
        }
        LevelPack pack = LevelPack.load(folder.levels);
        if (json) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            out.println(mapper.writeValueAsString(toJson(pack, profile)));
        } else {
            printTable(out, pack, profile);
        }
        out.flush();
        for (Problem p : pack.problems()) {
            err.println(p.format());
        }
        if (!pack.problems().isEmpty()) {
            err.println("some level files have problems; run: heapquest validate " + folder.levels);
        }
        err.flush();
        return pack.problems().isEmpty() ? 0 : 1;
    }

    private static void printTable(PrintWriter out, LevelPack pack, Profile profile) {
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
                        inWords(profile.level(l.id()), l.questions().size()), String.join(", ", l.concepts()));
            }
        }
        out.println();
        int levels = pack.levels().size();
        int chapters = pack.chapters().size();
        out.println(levels + (levels == 1 ? " level in " : " levels in ") + chapters
                + (chapters == 1 ? " chapter" : " chapters"));
    }

    private static Map<String, Object> toJson(LevelPack pack, Profile profile) {
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
                lj.put("progress", progressJson(profile.level(l.id())));
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

    /** The progress column: "-" not started, "2/9" questions answered, "3 stars" done (best). */
    static String inWords(LevelProgress p, int questions) {
        if (p.everCompleted()) {
            return p.stars() + (p.stars() == 1 ? " star" : " stars");
        }
        return p.state() == LevelState.IN_PROGRESS ? p.questionsTotal() + "/" + questions : "-";
    }

    /** A level's record for tools: state and the figures of the save, dates as ISO-8601 (null: none). */
    static Map<String, Object> progressJson(LevelProgress p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", p.state().name());
        m.put("questionIndex", p.questionIndex());
        m.put("rightFirstTime", p.rightFirstTime());
        m.put("questionsAnswered", p.questionsTotal());
        m.put("hintsUsed", p.hintsUsed());
        m.put("attempts", p.attempts());
        m.put("stars", p.stars());
        m.put("bestTimeMillis", p.bestTimeMillis());
        m.put("firstPlayed", p.firstPlayed() == null ? null : p.firstPlayed().toString());
        m.put("lastPlayed", p.lastPlayed() == null ? null : p.lastPlayed().toString());
        m.put("completed", p.completed() == null ? null : p.completed().toString());
        return m;
    }
}
