package heapquest.level;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The right answer to a question, computed from the engine's trace, and the rule that decides
 * whether what a player typed (or what an author wrote under {@code expect:}) is that answer.
 * Matching is forgiving about form and strict about content: hex case, an optional {@code 0x},
 * decimal for hex, yes/no/true/false, surrounding spaces and trailing newlines do not matter.
 */
public sealed interface Answer {

    /** The answer as shown to the player and in {@code solve}. */
    String display();

    /** Whether the player's (or the author's) text states this answer. */
    boolean accepts(String input);

    /** An id: an address; shown as {@code hex(id(x))} or {@code id(x)}, accepted in either form. */
    record Address(long address, boolean hex) implements Answer {
        @Override
        public String display() {
            return hex ? "0x" + Long.toHexString(address) : Long.toString(address);
        }

        @Override
        public boolean accepts(String input) {
            return parseAddress(input).contains(address);
        }
    }

    /** Yes or no: same, alive, and "does the id change". */
    record Bool(boolean value) implements Answer {
        @Override
        public String display() {
            return value ? "yes" : "no";
        }

        @Override
        public boolean accepts(String input) {
            return parseBool(input).map(b -> b == value).orElse(false);
        }
    }

    /** A count (refcount). */
    record Int(long value) implements Answer {
        @Override
        public String display() {
            return Long.toString(value);
        }

        @Override
        public boolean accepts(String input) {
            return parseLong(input).map(v -> v == value).orElse(false);
        }
    }

    /**
     * Text: a repr ({@code value}) or printed output ({@code output}). Output is compared exactly
     * except for trailing newlines and CR-LF; a repr exactly except for surrounding spaces and the
     * quote style of a string.
     */
    record Text(String text, boolean output) implements Answer {
        @Override
        public String display() {
            if (output) {
                String t = trimNewlines(text);
                return t.isEmpty() ? "(nothing)" : t;
            }
            return text;
        }

        @Override
        public boolean accepts(String input) {
            if (input == null) {
                return false;
            }
            if (output) {
                String want = trimNewlines(text);
                String got = trimNewlines(input);
                if (want.isEmpty()) {
                    return got.isBlank() || got.equalsIgnoreCase("(nothing)") || got.equalsIgnoreCase("nothing");
                }
                return want.equals(got);
            }
            String got = input.strip();
            return got.equals(text) || got.equals(swapQuotes(text));
        }

        private static String trimNewlines(String s) {
            String t = s.replace("\r\n", "\n");
            int end = t.length();
            while (end > 0 && (t.charAt(end - 1) == '\n')) {
                end--;
            }
            return t.substring(0, end);
        }

        /** {@code 'abc'} as {@code "abc"} and back, when that is the same Python string. */
        private static String swapQuotes(String repr) {
            if (repr.length() >= 2 && repr.startsWith("'") && repr.endsWith("'")
                    && repr.indexOf('"') < 0 && repr.indexOf('\\') < 0) {
                return "\"" + repr.substring(1, repr.length() - 1) + "\"";
            }
            return repr;
        }
    }

    /**
     * An object the player can pick in the heap view or name by its label ({@code a},
     * {@code lst[0]}, {@code Node object (was b)}); synonyms are other names that also identify it
     * (its other names, its hex address).
     */
    record Picked(String label, Set<String> synonyms, int serial, String type, long address) {
        public Picked {
            synonyms = Set.copyOf(synonyms);
        }

        boolean named(String token) {
            if (label.equals(token) || synonyms.contains(token)) {
                return true;
            }
            if (label.equalsIgnoreCase(token)) {
                return true;
            }
            for (String s : synonyms) {
                if (s.equalsIgnoreCase(token)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A set of objects (freed). */
    record Objects(List<Picked> objects) implements Answer {
        public Objects {
            objects = List.copyOf(objects);
        }

        @Override
        public String display() {
            return objects.isEmpty() ? "nothing" : String.join(", ", objects.stream().map(Picked::label).toList());
        }

        /** Whether the objects a player picked in the heap view (by serial) are exactly these. */
        public boolean acceptsObjects(Set<Integer> serials) {
            Set<Integer> want = new java.util.HashSet<>();
            objects.forEach(o -> want.add(o.serial()));
            return want.equals(serials);
        }

        @Override
        public boolean accepts(String input) {
            List<String> tokens = splitObjects(input);
            if (tokens.isEmpty()) {
                return objects.isEmpty();
            }
            Set<Integer> matched = new LinkedHashSet<>();
            for (String t : tokens) {
                Optional<Picked> hit = objects.stream().filter(o -> o.named(t)).findFirst();
                if (hit.isEmpty() || !matched.add(hit.get().serial())) {
                    return false;
                }
            }
            return matched.size() == objects.size();
        }
    }

    // ------------------------------------------------------------------ parsing typed answers

    /** "yes"/"no", "y"/"n", "true"/"false" (any case), "1"/"0". */
    static Optional<Boolean> parseBool(String s) {
        if (s == null) {
            return Optional.empty();
        }
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "t", "1" -> Optional.of(true);
            case "no", "n", "false", "f", "0" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    static Optional<Long> parseLong(String s) {
        if (s == null) {
            return Optional.empty();
        }
        String t = s.strip().replace("_", "");
        if (!t.matches("[+-]?\\d{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(t));
    }

    /**
     * The addresses a typed id may mean: {@code 0x7f..} is hex; digits alone are decimal (as
     * {@code id()} prints) or hex without its prefix; anything with a-f is hex.
     */
    static Set<Long> parseAddress(String s) {
        Set<Long> out = new LinkedHashSet<>();
        if (s == null) {
            return out;
        }
        String t = s.strip().toLowerCase(Locale.ROOT).replace("_", "");
        if (t.startsWith("0x")) {
            t = t.substring(2);
            if (t.matches("[0-9a-f]{1,16}")) {
                out.add(Long.parseUnsignedLong(t, 16));
            }
            return out;
        }
        if (t.matches("\\d{1,19}")) {
            try {
                out.add(Long.parseLong(t));
            } catch (NumberFormatException ignored) {
                // too large for decimal; may still be hex
            }
        }
        if (t.matches("[0-9a-f]{1,16}")) {
            out.add(Long.parseUnsignedLong(t, 16));
        }
        return out;
    }

    /** Splits "a, b, lst[0]" into labels; "nothing", "none", "-" and "" mean no objects. */
    static List<String> splitObjects(String input) {
        List<String> out = new ArrayList<>();
        if (input == null) {
            return out;
        }
        String t = input.strip();
        if (t.startsWith("[") && t.endsWith("]")) {
            t = t.substring(1, t.length() - 1);
        }
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.isEmpty() || lower.equals("nothing") || lower.equals("none") || lower.equals("-")
                || lower.equals("(nothing)")) {
            return out;
        }
        for (String part : t.split(",")) {
            String p = part.strip();
            if (p.length() >= 2 && (p.startsWith("'") && p.endsWith("'") || p.startsWith("\"") && p.endsWith("\"")
                    || p.startsWith("`") && p.endsWith("`"))) {
                p = p.substring(1, p.length() - 1).strip();
            }
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * Whether text could be an answer of this kind at all, before any engine runs; the message
     * says what is expected when it cannot (used for {@code expect:}).
     */
    static Optional<String> formProblem(QuestionKind kind, boolean changes, String text) {
        return switch (kind) {
            case ID -> changes
                    ? parseBool(text).isPresent() ? Optional.empty() : Optional.of("must be yes or no")
                    : parseAddress(text).isEmpty()
                    ? Optional.of("must be an id: hex like 0x7f3a1c2041e0, or decimal")
                    : Optional.empty();
            case SAME, ALIVE -> parseBool(text).isPresent() ? Optional.empty() : Optional.of("must be yes or no");
            case REFCOUNT -> parseLong(text).filter(v -> v >= 0).isPresent()
                    ? Optional.empty() : Optional.of("must be a whole number (0 or more)");
            case VALUE, OUTPUT, FREED -> Optional.empty();
        };
    }
}
