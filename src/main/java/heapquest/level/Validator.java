package heapquest.level;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code heapquest validate}: everything that can be wrong with level files, all at once. For each
 * file: encoding and YAML (via {@link SafeYaml}), the format (via {@link LevelLoader}), and what the
 * engine says (via {@link Checker}: the program is in the subset and runs, markers are on statements,
 * expressions evaluate, {@code expect:} and listed choices agree). Across files: duplicate level ids.
 */
public final class Validator {

    /** How deep folders are searched for level files ({@code levels/chapter/level.yaml} needs 2). */
    public static final int MAX_FOLDER_DEPTH = 4;

    private final Checker checker;

    public Validator() {
        this(new Checker());
    }

    public Validator(Checker checker) {
        this.checker = checker;
    }

    /**
     * The outcome: problems in file-then-position order, the files looked at, and the levels that
     * loaded (with their solutions, for callers that want the answers too).
     */
    public record Report(List<Problem> problems, List<String> files, List<Solution> solutions) {
        public Report {
            problems = List.copyOf(problems);
            files = List.copyOf(files);
            solutions = List.copyOf(solutions);
        }

        public boolean ok() {
            return problems.isEmpty();
        }

        public int filesWithProblems() {
            return (int) problems.stream().map(Problem::file).distinct().count();
        }

        /** "3 files OK" or "4 problems in 2 files". */
        public String summary() {
            if (problems.isEmpty()) {
                return files.size() + (files.size() == 1 ? " file OK" : " files OK");
            }
            int f = filesWithProblems();
            return problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in " + f
                    + (f == 1 ? " file" : " files");
        }
    }

    /** Validates files and folders (searched for *.yaml / *.yml, chapter.yaml included). */
    public Report validate(List<Path> paths) {
        List<Problem> problems = new ArrayList<>();
        Set<Path> files = new LinkedHashSet<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> found = find(p);
                if (found.isEmpty()) {
                    problems.add(Problem.at(p.toString(), Loc.NONE, "no level files (*.yaml) in this folder"));
                }
                files.addAll(found);
            } else if (Files.exists(p)) {
                files.add(p);
            } else {
                problems.add(Problem.at(p.toString(), Loc.NONE, "no such file or folder"));
            }
        }
        List<Solution> solutions = new ArrayList<>();
        Map<String, String> levelIds = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        for (Path f : files) {
            String name = f.toString();
            names.add(name);
            if (f.getFileName().toString().equals(LevelSchema.CHAPTER_FILE)) {
                problems.addAll(LevelLoader.loadChapter(f, name).problems());
                continue;
            }
            String chapter = f.getParent() == null || f.getParent().getFileName() == null ? ""
                    : f.getParent().getFileName().toString();
            LevelLoader.Loaded loaded = LevelLoader.load(f, name, chapter);
            problems.addAll(loaded.problems());
            Level level = loaded.level();
            if (level == null) {
                continue;
            }
            String first = levelIds.putIfAbsent(level.id(), name);
            if (first != null) {
                problems.add(level.where().problem("/id", "duplicate level id '" + level.id() + "' (also the id of "
                        + first + "); level ids must be unique in a pack"));
            }
            Solution s = checker.solve(level);
            problems.addAll(s.problems());
            solutions.add(s);
        }
        problems.sort(null);
        return new Report(dedupe(problems), names, solutions);
    }

    private static List<Problem> dedupe(List<Problem> problems) {
        return new ArrayList<>(new LinkedHashSet<>(problems));
    }

    private static List<Path> find(Path folder) {
        try (Stream<Path> s = Files.walk(folder, MAX_FOLDER_DEPTH)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> !hiddenPath(folder.relativize(p)))
                    .filter(p -> {
                        String n = p.getFileName().toString();
                        return n.endsWith(".yaml") || n.endsWith(".yml");
                    })
                    .sorted(Validator::compareLevelPaths)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hiddenPath(Path rel) {
        for (Path part : rel) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** Folder by folder, chapter.yaml first, then levels in number order. */
    private static int compareLevelPaths(Path a, Path b) {
        Path pa = a.getParent();
        Path pb = b.getParent();
        if (pa != null && pb != null && !pa.equals(pb)) {
            return pa.toString().compareTo(pb.toString());
        }
        boolean ca = a.getFileName().toString().equals(LevelSchema.CHAPTER_FILE);
        boolean cb = b.getFileName().toString().equals(LevelSchema.CHAPTER_FILE);
        if (ca != cb) {
            return ca ? -1 : 1;
        }
        return LevelPack.byName().compare(a, b);
    }
}
