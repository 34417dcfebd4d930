package heapquest.level;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A pack of levels on disk: {@code levels/NN-chapter/NN-level.yaml}, each chapter folder with an
 * optional {@code chapter.yaml}. Chapters are ordered by {@code order:} in chapter.yaml, else by the
 * folder's number prefix; levels by file name. Loading does not run the engine (that is
 * {@link Validator}'s and {@link Checker}'s work), so listing a pack is fast.
 */
public record LevelPack(Path root, List<Chapter> chapters, List<Problem> problems) {

    private static final Pattern NUMBER_PREFIX = Pattern.compile("^(\\d+)-");

    public LevelPack {
        chapters = List.copyOf(chapters);
        problems = List.copyOf(problems);
    }

    public List<Level> levels() {
        return chapters.stream().flatMap(c -> c.levels().stream()).toList();
    }

    public Optional<Level> level(String id) {
        return levels().stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** Loads the pack under root; files that do not load become problems, not exceptions. */
    /** The chapter that holds {@code level}, if it is one of this pack's. */
    public Optional<Chapter> chapterOf(Level level) {
        return chapters.stream().filter(c -> c.levels().contains(level)).findFirst();
    }

    public static LevelPack load(Path root) throws IOException {
        List<Problem> problems = new ArrayList<>();
        List<Chapter> chapters = new ArrayList<>();
        List<Path> folders;
        try (Stream<Path> s = Files.list(root)) {
            folders = s.filter(Files::isDirectory).filter(p -> !hidden(p)).sorted(byName()).toList();
        }
        List<Path> loose = levelFiles(root);
        if (!loose.isEmpty()) {
            chapters.add(chapter(root, "", problems, loose));
        }
        List<Path> withLevels = new ArrayList<>();
        for (Path folder : folders) {
            if (!levelFiles(folder).isEmpty() || Files.exists(folder.resolve(LevelSchema.CHAPTER_FILE))) {
                withLevels.add(folder);
            }
        }
        // In parallel: at start-up most of the time is the first use of the YAML and Python parsers,
        // which two cores share well. The results keep the folders' order.
        record Loaded(Chapter chapter, List<Problem> problems) {}
        List<Loaded> loaded = withLevels.parallelStream().map(folder -> {
            List<Problem> own = new ArrayList<>();
            try {
                return new Loaded(chapter(folder, folder.getFileName().toString(), own, levelFiles(folder)), own);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
        for (Loaded l : loaded) {
            chapters.add(l.chapter());
            problems.addAll(l.problems());
        }
        chapters.sort(Comparator.comparingInt(Chapter::order).thenComparing(Chapter::id));
        problems.sort(null);
        return new LevelPack(root, chapters, problems);
    }

    private static Chapter chapter(Path folder, String id, List<Problem> problems, List<Path> files) {
        String title = id.isEmpty() ? "(no chapter)" : titleFromFolder(id);
        String summary = "";
        int order = numberPrefix(id).orElse(Integer.MAX_VALUE / 2);
        Path info = folder.resolve(LevelSchema.CHAPTER_FILE);
        if (!id.isEmpty() && Files.exists(info)) {
            LevelLoader.ChapterInfo ci = LevelLoader.loadChapter(info, info.toString());
            problems.addAll(ci.problems());
            if (ci.title() != null) {
                title = ci.title().strip();
            }
            if (ci.summary() != null) {
                summary = ci.summary().strip();
            }
            if (ci.order() != null) {
                order = ci.order();
            }
        }
        List<Level> levels = new ArrayList<>();
        for (Path f : files) {
            LevelLoader.Loaded l = LevelLoader.load(f, f.toString(), id);
            problems.addAll(l.problems());
            if (l.level() != null) {
                levels.add(l.level());
            }
        }
        return new Chapter(id, title, order, summary, folder, levels);
    }

    /** The level files of a folder (not chapter.yaml), in level order. */
    public static List<Path> levelFiles(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(Files::isRegularFile).filter(LevelPack::isLevelFile).sorted(byName()).toList();
        }
    }

    public static boolean isLevelFile(Path p) {
        String n = p.getFileName().toString();
        return !hidden(p) && (n.endsWith(".yaml") || n.endsWith(".yml")) && !n.equals(LevelSchema.CHAPTER_FILE);
    }

    static boolean hidden(Path p) {
        return p.getFileName() != null && p.getFileName().toString().startsWith(".");
    }

    /** Number prefix first (so 10- comes after 9-), then the name. */
    static Comparator<Path> byName() {
        return Comparator.<Path>comparingInt(p -> numberPrefix(p.getFileName().toString()).orElse(Integer.MAX_VALUE))
                .thenComparing(p -> p.getFileName().toString());
    }

    static Optional<Integer> numberPrefix(String name) {
        Matcher m = NUMBER_PREFIX.matcher(name);
        if (m.find() && m.group(1).length() <= 6) {
            return Optional.of(Integer.parseInt(m.group(1)));
        }
        return Optional.empty();
    }

    private static String titleFromFolder(String id) {
        String t = NUMBER_PREFIX.matcher(id).replaceFirst("").replace('-', ' ').replace('_', ' ').strip();
        return t.isEmpty() ? id : Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }
}
