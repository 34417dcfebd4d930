package heapquest.engine.syntax;

/** A position in the program source: 1-based line and 1-based column, as Python reports them. */
public record Pos(int line, int col) {
    @Override
    public String toString() {
        return line + ":" + col;
    }
}
