package heapquest.engine.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Shorthands for the parser tests. */
final class Trees {
    private Trees() {}

    /** The program's statements as S-expressions, one per line. */
    static String tree(String source) {
        return AstPrinter.print(Parser.parse(source));
    }

    /** Same, with {@code @line:col} after every node. */
    static String positions(String source) {
        return AstPrinter.printWithPositions(Parser.parse(source));
    }

    /** The tree of the right-hand side of {@code x = <expression>}. */
    static String expr(String expression) {
        Stmt s = Parser.parse("x = " + expression + "\n").body().get(0);
        return AstPrinter.print(((Stmt.Assign) s).value());
    }

    static SourceError error(String source) {
        return assertThrows(SourceError.class, () -> Parser.parse(source), () -> "expected an error for: " + source);
    }

    static void assertSyntaxError(String source, int line, int col, String message) {
        assertError(source, SourceError.Kind.SYNTAX, line, col, message);
    }

    static void assertUnsupported(String source, int line, int col, String what) {
        assertError(source, SourceError.Kind.UNSUPPORTED, line, col, what);
    }

    static void assertError(String source, SourceError.Kind kind, int line, int col, String message) {
        SourceError e = error(source);
        assertEquals(kind + " " + line + ":" + col + " " + message,
                e.kind() + " " + e.pos().line() + ":" + e.pos().col() + " " + e.detail(),
                () -> "for: " + source);
    }
}
