package heapquest.level;

import java.util.Comparator;

/**
 * One thing wrong with a level file, as instructors read it: {@code file:line:col: error: message}.
 * A problem about the whole file (its size, its encoding) has no line: {@code file: error: message}.
 */
public record Problem(String file, int line, int col, String message) implements Comparable<Problem> {

    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line).thenComparingInt(Problem::col).thenComparing(Problem::message);

    public Problem {
        if (line < 0 || col < 0) {
            throw new IllegalArgumentException("negative position");
        }
    }

    public static Problem at(String file, Loc loc, String message) {
        return new Problem(file, loc.line(), loc.col(), message);
    }

    public Loc loc() {
        return new Loc(line, col);
    }

    /** {@code file:line:col: error: message}, or {@code file: error: message} without a position. */
    public String format() {
        if (line == 0) {
            return file + ": error: " + message;
        }
        return file + ":" + line + ":" + Math.max(col, 1) + ": error: " + message;
    }

    @Override
    public int compareTo(Problem o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return format();
    }
}
