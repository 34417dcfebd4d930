package heapquest.engine.syntax;

/**
 * One token. {@code text} is the source text, except for a NAME, where it is the identifier
 * NFKC-normalized as Python does. {@code start} and {@code end} are offsets into the
 * (newline-normalized) source;
 * {@code value} depends on the type: BigInteger or Double for NUMBER, {@link StringLiteral} for
 * STRING, {@link SourceError} for ERRORTOKEN, null otherwise.
 */
public record Token(TokenType type, String text, Pos pos, int start, int end, Object value) {

    /**
     * A string literal as written. For plain strings {@code value} is the decoded text; f-strings
     * keep only where their body is ({@code bodyStart..bodyEnd} in the source), because their
     * fields are parsed later, with positions, by the f-string parser.
     */
    public record StringLiteral(boolean fString, boolean raw, int bodyStart, int bodyEnd, String value) {}

    public boolean isOp(String op) {
        return type == TokenType.OP && text.equals(op);
    }

    public boolean isKeyword(String kw) {
        return type == TokenType.KEYWORD && text.equals(kw);
    }

    public boolean isName(String name) {
        return type == TokenType.NAME && text.equals(name);
    }

    @Override
    public String toString() {
        return type + (text.isEmpty() ? "" : " " + text) + "@" + pos;
    }
}
