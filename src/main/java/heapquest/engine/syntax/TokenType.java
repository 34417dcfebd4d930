package heapquest.engine.syntax;

/** Kinds of token the lexer produces. */
public enum TokenType {
    NAME, NUMBER, STRING, FSTRING, OP, NEWLINE, INDENT, DEDENT, EOF
}
