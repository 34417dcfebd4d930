package heapquest.level;

import java.util.List;
import java.util.Optional;

/**
 * A YAML document as level files use it: mappings, sequences and scalars, each with the position
 * where it starts in the file and its JSON-pointer path ({@code /questions/0/expr}). Scalars keep
 * the text exactly as written ({@code yes}, {@code 007}, {@code 0x10} stay strings), so no YAML 1.1
 * typing surprises reach the level model.
 */
public sealed interface YamlNode {

    Loc loc();

    String pointer();

    /** What the node is, in words for messages ("a list", "a mapping", "text"). */
    String describe();

    /** How a scalar was written. */
    enum Style { PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED, LITERAL, FOLDED }

    /**
     * A scalar. {@code isNull} for an empty value or {@code ~}/{@code null}; {@code isBoolean} when
     * YAML 1.1 reads the plain text as a boolean ({@code yes}, {@code off}...).
     */
    record Scalar(String text, Style style, boolean isNull, boolean isBoolean, Loc loc, String pointer)
            implements YamlNode {
        @Override
        public String describe() {
            return isNull ? "empty" : "text";
        }

        public boolean quoted() {
            return style == Style.SINGLE_QUOTED || style == Style.DOUBLE_QUOTED;
        }
    }

    record Entry(String key, Loc keyLoc, YamlNode value) {}

    record Mapping(List<Entry> entries, Loc loc, String pointer) implements YamlNode {
        public Optional<Entry> entry(String key) {
            return entries.stream().filter(e -> e.key().equals(key)).findFirst();
        }

        public Optional<YamlNode> get(String key) {
            return entry(key).map(Entry::value);
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    record Sequence(List<YamlNode> items, Loc loc, String pointer) implements YamlNode {
        @Override
        public String describe() {
            return "a list";
        }
    }

    /** JSON-pointer escaping of one path segment. */
    static String segment(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
