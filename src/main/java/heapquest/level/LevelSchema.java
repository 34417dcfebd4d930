package heapquest.level;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The level format's vocabulary, in one place: the keys the loader accepts, which are required, the
 * concept tags, the patterns of ids and markers. {@code docs/level-format.schema.json} publishes the
 * same lists for editors; a test checks the two agree.
 */
public final class LevelSchema {
    private LevelSchema() {
    }

    /** Keys of a level file, in the order the documentation and the template use. */
    public static final List<String> LEVEL_KEYS = List.of("id", "title", "concepts", "lesson", "program", "questions");
    public static final List<String> LEVEL_REQUIRED = LEVEL_KEYS;

    /** Keys of one question. */
    public static final List<String> QUESTION_KEYS = List.of("id", "kind", "marker", "timing", "occurrence",
            "expr", "exprs", "changes", "format", "prompt", "choices", "hint", "explain", "expect");
    public static final List<String> QUESTION_REQUIRED = List.of("id", "kind", "marker");

    /** Keys of a chapter folder's {@code chapter.yaml}. */
    public static final List<String> CHAPTER_KEYS = List.of("title", "order", "summary");
    public static final List<String> CHAPTER_REQUIRED = List.of("title");

    /** The concepts a level may teach, as tags. */
    public static final List<String> CONCEPTS = List.of(
            "ids", "rebinding", "aliasing", "mutation", "refcount", "del", "containers", "small-ints",
            "interning", "constants", "free-lists", "scopes", "closures", "defaults", "exceptions",
            "weakref", "finalizers", "gc", "cycles");

    /** Values of {@code format} (id questions). */
    public static final List<String> ID_FORMATS = List.of("hex", "decimal");

    public static final List<String> TIMINGS = List.of("before", "after");

    /** Level ids: lowercase words joined by hyphens, like {@code rebinding-ints}. */
    public static final Pattern LEVEL_ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    /** Question ids: short names, unique within the level, like {@code q1} or {@code after-del}. */
    public static final Pattern QUESTION_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
    /** A marker name as written after {@code @} in the program and in {@code marker:}. */
    public static final Pattern MARKER_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** Level file names that order a chapter: {@code NN-name.yaml}. */
    public static final Pattern LEVEL_FILE = Pattern.compile("(\\d+)-[^/]+\\.ya?ml");
    public static final String CHAPTER_FILE = "chapter.yaml";

    public static final int MAX_ID_LENGTH = 64;
    public static final int MAX_TITLE_LENGTH = 100;
}
