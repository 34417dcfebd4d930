package heapquest.level;

import java.util.Map;

/**
 * Where the parts of a level file are: the position of every value and key by JSON pointer
 * ({@code /questions/2/expect}), and the name the file is reported under. Built by the loader from
 * the YAML tree, so checks that run later (the checker) can still point at the right line.
 */
public record SourceMap(String file, Map<String, Loc> values, Map<String, Loc> keys) {

    public SourceMap {
        values = Map.copyOf(values);
        keys = Map.copyOf(keys);
    }

    /** Position of the value at pointer, or of the nearest enclosing value that has one. */
    public Loc value(String pointer) {
        String p = pointer;
        while (true) {
            Loc l = values.get(p);
            if (l != null) {
                return l;
            }
            if (p.isEmpty()) {
                return new Loc(1, 1);
            }
            int slash = p.lastIndexOf('/');
            p = slash <= 0 ? "" : p.substring(0, slash);
        }
    }

    /** Position of the key at pointer (falls back to the value's position). */
    public Loc key(String pointer) {
        Loc l = keys.get(pointer);
        return l != null ? l : value(pointer);
    }

    public Problem problem(String pointer, String message) {
        return Problem.at(file, value(pointer), message);
    }
}
