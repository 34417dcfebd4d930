package heapquest.engine.syntax;

/** Kinds of {@link Token}, following CPython's tokenizer. */
public enum TokenType {
    /** An identifier, including the soft keywords {@code match}, {@code case} and {@code _}. */
    NAME,
    /** A hard keyword such as {@code if} or {@code None}. */
    KEYWORD,
    /** An int (value is a BigInteger) or a float (value is a Double). */
    NUMBER,
    /** One string literal; value is a {@link Token.StringLiteral}. Adjacent literals are separate tokens. */
    STRING,
    /** An operator or delimiter; the token's text says which. */
    OP,
    /** End of a logical line. */
    NEWLINE,
    INDENT,
    DEDENT,
    ENDMARKER,
    /**
     * The lexer stopped here; value is the {@link SourceError}. The parser raises it only when it
     * reaches this point, so errors are reported in source order, as CPython does.
     */
    ERRORTOKEN
}
