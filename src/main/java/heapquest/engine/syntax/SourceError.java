package heapquest.engine.syntax;

/**
 * A program that cannot run: a syntax error, or a construct outside the supported subset. Raised
 * before anything executes. {@link #format(String)} gives the one-line message users see.
 */
public final class SourceError extends RuntimeException {

    public enum Kind {
        SYNTAX("syntax error"), UNSUPPORTED("not supported");

        public final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    private final Kind kind;
    private final Pos pos;
    private final String detail;

    public SourceError(Kind kind, Pos pos, String detail) {
        super(pos + ": " + kind.label + ": " + detail);
        this.kind = kind;
        this.pos = pos;
        this.detail = detail;
    }

    public static SourceError syntax(Pos pos, String detail) {
        return new SourceError(Kind.SYNTAX, pos, detail);
    }

    public static SourceError unsupported(Pos pos, String what) {
        return new SourceError(Kind.UNSUPPORTED, pos, what);
    }

    public Kind kind() {
        return kind;
    }

    public Pos pos() {
        return pos;
    }

    public String detail() {
        return detail;
    }

    /** {@code file:line:col: not supported: what}. */
    public String format(String file) {
        return file + ":" + pos.line() + ":" + pos.col() + ": " + kind.label + ": " + detail;
    }
}
