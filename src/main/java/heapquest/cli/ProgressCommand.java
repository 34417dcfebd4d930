package heapquest.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import heapquest.level.Chapter;
import heapquest.level.Level;
import heapquest.level.LevelPack;
import heapquest.progress.ConceptStats;
import heapquest.progress.LevelProgress;
import heapquest.progress.Profile;
import heapquest.progress.ProgressSummary;
import heapquest.progress.ProgressSummary.Totals;
import heapquest.progress.Stars;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code heapquest progress}: the player's progress per chapter (levels done, stars) and per concept
 * (mastery), as text or {@code --json}; {@code --reset} starts the profile afresh after asking,
 * keeping the old save as a backup.
 */
@Command(name = "progress", mixinStandardHelpOptions = true,
        description = {"Show your progress: levels done and stars per chapter, mastery per concept.",
                "--reset starts again (after asking; the old save is kept as a backup)."})
public final class ProgressCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print the summary as JSON (for tools).")
    boolean json;

    @Option(names = "--reset", description = "Start this profile afresh; asks first, and keeps a backup of the save.")
    boolean reset;

    @Option(names = "--yes", description = "With --reset: do not ask (for scripts).")
    boolean yes;

    @Mixin
    LevelsFolder folder = new LevelsFolder();

    @Mixin
    SaveOptions saves = new SaveOptions();

    @Spec
    CommandSpec spec;

    /** Where the answer to "reset?" is read; whether it comes from a person at a terminal. */
    BufferedReader answers = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    boolean terminal = System.console() != null;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            SaveOptions.Saves where = saves.open(System.getenv());
            int code = reset ? reset(where, out, err) : summary(where, out, err);
            out.flush();
            return code;
        } catch (IllegalArgumentException e) {
            err.println("heapquest: " + e.getMessage());
            return 2;
        } finally {
            err.flush();
        }
    }

    private int reset(SaveOptions.Saves where, PrintWriter out, PrintWriter err) throws IOException {
        Path file = where.store().fileOf(where.profile());
        if (!yes) {
            if (!terminal) {
                err.println("heapquest: --reset asks before it deletes, and there is no terminal to ask on;"
                        + " add --yes to reset " + where.profile() + " anyway");
                return 2;
            }
            out.print("Reset all progress of " + where.profile() + " (" + file + ")? A backup is kept. [y/N] ");
            out.flush();
            String line = answers.readLine();
            if (line == null || !line.strip().toLowerCase(Locale.ROOT).matches("y|yes")) {
                out.println("Nothing was reset.");
                return 1;
            }
        }
        Optional<Path> backup = where.store().reset(where.profile());
        out.println(backup.map(b -> "Progress of " + where.profile() + " reset; the old save is kept at " + b + ".")
                .orElse(where.profile() + " has no saved progress to reset."));
        return 0;
    }

    private int summary(SaveOptions.Saves where, PrintWriter out, PrintWriter err) throws IOException {
        Profile profile = saves.load(System.getenv(), err);
        LevelPack pack = folder.exists() ? LevelPack.load(folder.levels) : new LevelPack(folder.levels, List.of(), List.of());
        if (!folder.exists()) {
            err.println(folder.missing()); // the summary still counts what the save holds
        }
        Map<String, String> chapterOf = new HashMap<>();
        for (Chapter c : pack.chapters()) {
            for (Level l : c.levels()) {
                chapterOf.put(l.id(), key(c));
            }
        }
        ProgressSummary summary = ProgressSummary.of(profile, chapterOf);
        // The headline counts the pack's levels only ("1 of 3 done"); removed ones are listed apart.
        Map<String, LevelProgress> inPack = new HashMap<>(profile.levels());
        inPack.keySet().retainAll(chapterOf.keySet());
        Totals overall = ProgressSummary.of(new Profile(profile.name(), inPack, Map.of(), List.of()), chapterOf).overall();
        Path file = where.store().fileOf(where.profile());
        if (json) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            out.println(mapper.writeValueAsString(toJson(where.profile(), file, pack, summary, overall)));
        } else {
            printText(out, where.profile(), file, pack, summary, overall);
        }
        return 0;
    }

    /** Chapters are told apart by their folder (two may share a title). */
    private static String key(Chapter c) {
        return c.folder().toString();
    }

    private static void printText(PrintWriter out, String profile, Path file, LevelPack pack, ProgressSummary s,
                                  Totals all) {
        out.println("Progress of " + profile + " (" + file + ")");
        out.println();
        int total = pack.levels().size();
        out.println("Levels: " + all.completed() + " of " + total + " done, " + all.inProgress() + " in progress; stars "
                + all.stars() + " of " + Stars.MAX * total + "; " + all.questions() + " questions answered, "
                + all.rightFirstTime() + " right first time, " + all.hintsUsed() + (all.hintsUsed() == 1 ? " hint" : " hints")
                + (s.quizzes() == 0 ? "" : "; " + s.quizzes() + (s.quizzes() == 1 ? " quiz" : " quizzes") + " taken"));
        out.println();
        out.println("Chapters");
        int titleWidth = pack.chapters().stream().mapToInt(c -> c.title().length()).max().orElse(10);
        int n = 0;
        for (Chapter c : pack.chapters()) {
            Totals t = s.chapters().getOrDefault(key(c), Totals.ZERO);
            int levels = c.levels().size();
            out.printf("  %d. %-" + titleWidth + "s  %d of %d done  %d of %d stars%s%n", ++n, c.title(), t.completed(),
                    levels, t.stars(), Stars.MAX * levels, t.inProgress() == 0 ? "" : "  (" + t.inProgress() + " in progress)");
        }
        Totals gone = s.chapters().get(ProgressSummary.UNLISTED);
        if (gone != null) {
            out.println("  Levels no longer in " + pack.root() + ": " + gone.levels() + ", " + gone.completed() + " done, "
                    + gone.stars() + " stars (kept in the save)");
        }
        out.println();
        if (s.concepts().isEmpty()) {
            out.println("Concepts: none practised yet; play a level (heapquest play).");
            return;
        }
        out.println("Concepts, weakest first (mastery: right first time, smoothed; 50% means not known yet)");
        int width = s.concepts().keySet().stream().mapToInt(String::length).max().orElse(8);
        for (String name : s.conceptsWeakestFirst()) {
            ConceptStats c = s.concepts().get(name);
            out.printf("  %-" + width + "s  %3d%%  %d of %d right first time%n", name, Math.round(c.mastery() * 100),
                    c.rightFirstTime(), c.asked());
        }
    }

    private static Map<String, Object> toJson(String profile, Path file, LevelPack pack, ProgressSummary s,
                                              Totals overall) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("profile", profile);
        root.put("file", file.toString());
        root.put("levelsInPack", pack.levels().size());
        root.put("overall", overall);
        List<Object> chapters = new ArrayList<>();
        for (Chapter c : pack.chapters()) {
            Totals t = s.chapters().getOrDefault(key(c), Totals.ZERO);
            Map<String, Object> cj = new LinkedHashMap<>();
            cj.put("id", c.id());
            cj.put("title", c.title());
            cj.put("levelsInPack", c.levels().size());
            cj.put("maxStars", Stars.MAX * c.levels().size());
            cj.put("progress", t);
            chapters.add(cj);
        }
        root.put("chapters", chapters);
        root.put("unlisted", s.chapters().getOrDefault(ProgressSummary.UNLISTED, Totals.ZERO));
        List<Object> concepts = new ArrayList<>();
        for (String name : s.conceptsWeakestFirst()) {
            ConceptStats c = s.concepts().get(name);
            Map<String, Object> cj = new LinkedHashMap<>();
            cj.put("name", name);
            cj.put("asked", c.asked());
            cj.put("rightFirstTime", c.rightFirstTime());
            cj.put("mastery", c.mastery());
            concepts.add(cj);
        }
        root.put("concepts", concepts);
        root.put("quizzes", s.quizzes());
        return root;
    }
}
