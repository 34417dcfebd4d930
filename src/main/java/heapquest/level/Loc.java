package heapquest.level;

/** A position in a level file: 1-based line and column. {@link #NONE} when a problem concerns the whole file. */
public record Loc(int line, int col) {

    public static final Loc NONE = new Loc(0, 0);

    public boolean known() {
        return line > 0;
    }

    @Override
    public String toString() {
        return known() ? line + ":" + col : "?";
    }
}
