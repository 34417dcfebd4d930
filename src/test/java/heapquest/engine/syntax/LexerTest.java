package heapquest.engine.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LexerTest {

    /** Tokens as "TYPE" or "TYPE:text", space-separated. */
    private static String tokens(String source) {
        return Lexer.tokenize(source).stream()
                .map(t -> t.text().isEmpty() || t.type() == TokenType.STRING ? t.type().name() : t.type() + ":" + t.text())
                .collect(Collectors.joining(" "));
    }

    @Test
    void indentAndDedentFollowTheIndentStack() {
        assertEquals("KEYWORD:if NAME:a OP:: NEWLINE INDENT KEYWORD:if NAME:b OP:: NEWLINE INDENT NAME:c NEWLINE"
                        + " DEDENT DEDENT NAME:d NEWLINE ENDMARKER",
                tokens("if a:\n    if b:\n        c\nd\n"));
    }

    @Test
    void blankLinesCommentsAndBracketsProduceNoNewlines() {
        assertEquals("NAME:x OP:= OP:( NUMBER:1 OP:, NUMBER:2 OP:) NEWLINE NAME:y NEWLINE ENDMARKER",
                tokens("\n# comment\nx = (1,\n\n  # inside\n     2)\n\n   \ny\n"));
    }

    @Test
    void backslashJoinsLinesWithoutIndentation() {
        assertEquals("NAME:x OP:= NUMBER:1 OP:+ NUMBER:2 NEWLINE ENDMARKER", tokens("x = 1 + \\\n        2\n"));
    }

    @Test
    void endOfFileClosesTheLineAndAllBlocks() {
        List<Token> toks = Lexer.tokenize("if a:\n    b");
        assertEquals("KEYWORD:if NAME:a OP:: NEWLINE INDENT NAME:b NEWLINE DEDENT ENDMARKER", tokens("if a:\n    b"));
        // closing tokens sit at the end of the last line, not on a line that does not exist
        assertEquals(new Pos(2, 6), toks.get(toks.size() - 1).pos());
    }

    @Test
    void tabsAdvanceToTheNextMultipleOfEight() {
        // "  \t" and "\t" are both column 8, but only with tabs of 8: CPython calls that inconsistent
        SourceError e = assertThrows(SourceError.class, () -> Lexer.tokenize("if a:\n  \tb\n\tc\n"));
        assertEquals("inconsistent use of tabs and spaces in indentation", e.detail());
        // consistent mixtures are fine
        assertEquals("KEYWORD:if NAME:a OP:: NEWLINE INDENT NAME:b NEWLINE NAME:c NEWLINE DEDENT ENDMARKER",
                tokens("if a:\n  \tb\n  \tc\n"));
    }

    @Test
    void positionsAreOneBased() {
        List<Token> toks = Lexer.tokenize("x = 1\nif x:\n\ty\n");
        assertEquals(new Pos(1, 1), toks.get(0).pos());
        assertEquals(new Pos(1, 5), toks.get(2).pos());
        Token y = toks.stream().filter(t -> t.isName("y")).findFirst().orElseThrow();
        assertEquals(new Pos(3, 2), y.pos());
    }

    @Test
    void operatorsTakeTheLongestMatch() {
        assertEquals("NAME:a OP:**= NAME:b OP://= NAME:c OP:>>= NAME:d OP:!= NAME:e OP:... OP:-> NEWLINE ENDMARKER",
                tokens("a **= b //= c >>= d != e ... ->"));
    }

    @Test
    void keywordsAndSoftKeywords() {
        assertEquals("KEYWORD:None KEYWORD:lambda NAME:match NAME:case NAME:_ NAME:print NEWLINE ENDMARKER",
                tokens("None lambda match case _ print"));
    }

    @Test
    void numberValues() {
        List<Token> toks = Lexer.tokenize("1_000 0x_FF 0o17 0B101 00 1.5 1e3 .5 5. 99999999999999999999999");
        assertEquals(BigInteger.valueOf(1000), toks.get(0).value());
        assertEquals(BigInteger.valueOf(255), toks.get(1).value());
        assertEquals(BigInteger.valueOf(15), toks.get(2).value());
        assertEquals(BigInteger.valueOf(5), toks.get(3).value());
        assertEquals(BigInteger.ZERO, toks.get(4).value());
        assertEquals(1.5, toks.get(5).value());
        assertEquals(1000.0, toks.get(6).value());
        assertEquals(0.5, toks.get(7).value());
        assertEquals(5.0, toks.get(8).value());
        assertEquals(new BigInteger("99999999999999999999999"), toks.get(9).value());
    }

    @Test
    void numberDirectlyBeforeAKeywordIsAllowed() {
        assertEquals("NUMBER:1 KEYWORD:if NAME:x KEYWORD:else NUMBER:2 NEWLINE ENDMARKER", tokens("1if x else 2"));
    }

    @Test
    void stringLiterals() {
        List<Token> toks = Lexer.tokenize("'a\\tb' r'a\\tb' f'{x}' '''x\ny'''");
        assertEquals("a\tb", ((Token.StringLiteral) toks.get(0).value()).value());
        assertEquals("a\\tb", ((Token.StringLiteral) toks.get(1).value()).value());
        Token.StringLiteral f = (Token.StringLiteral) toks.get(2).value();
        assertEquals(true, f.fString());
        assertEquals(null, f.value());
        assertEquals("x\ny", ((Token.StringLiteral) toks.get(3).value()).value());
        // an escaped quote does not end a string, even a raw one
        assertEquals("it\\'s", ((Token.StringLiteral) Lexer.tokenize("r'it\\'s'").get(0).value()).value());
    }

    @Test
    void tokenizeThrowsTheFirstError() {
        SourceError e = assertThrows(SourceError.class, () -> Lexer.tokenize("x = 1\ny = 'oops\n"));
        assertEquals(SourceError.Kind.SYNTAX, e.kind());
        assertEquals(new Pos(2, 5), e.pos());
        assertEquals("unterminated string literal (detected at line 2)", e.detail());
    }

    @Test
    void byteOrderMarkAndCarriageReturnsAreNormalized() {
        assertEquals("NAME:x NEWLINE NAME:y NEWLINE ENDMARKER", tokens("\uFEFFx\r\ny\r"));
    }
}
