package heapquest.engine.syntax;

/**
 * One token. For NUMBER, value is a BigInteger or Double; for STRING the decoded text; for FSTRING
 * the raw body between the quotes (parsed later into parts).
 */
public record Token(TokenType type, String text, Object value, Pos pos) {
    boolean is(String op) {
        return (type == TokenType.OP || type == TokenType.NAME) && text.equals(op);
    }
}
