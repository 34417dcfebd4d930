package heapquest.engine.syntax;

import java.math.BigInteger;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Python 3.11's tokenizer, for the supported subset.
 *
 * <p>Follows CPython's rules: INDENT/DEDENT from a stack of indentation columns (a tab advances to
 * the next multiple of 8; indentation that only makes sense for one tab size is a TabError, as in
 * CPython), no NEWLINE/INDENT/DEDENT inside brackets, explicit backslash joining, comments and
 * blank lines ignored. Adjacent string literals stay separate tokens: the parser concatenates
 * them.
 *
 * <p>On an error the lexer stops and ends its token list with an {@link TokenType#ERRORTOKEN}
 * carrying the error, instead of throwing: the parser raises it only when it gets there, so a
 * syntax error on line 2 is reported before a bad string on line 9, as CPython would.
 */
public final class Lexer {

    /** Hard keywords of Python 3.11. The soft keywords (match, case, _) are plain names. */
    static final Set<String> KEYWORDS = Set.of(
            "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
            "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
            "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with",
            "yield");

    // Longest first: the lexer takes the first one that matches.
    private static final String[] OPERATORS = {
        "**=", "//=", ">>=", "<<=", "...",
        "->", ":=", "**", "//", "<<", ">>", "<=", ">=", "==", "!=", "<>", // "<>" only to reject it whole, as CPython
        "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=",
        "+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">",
        "(", ")", "[", "]", "{", "}", ",", ":", ";", ".", "=",
    };

    /** CPython's tokenizer limits (MAXLEVEL, MAXINDENT). */
    static final int MAX_BRACKETS = 200;
    static final int MAX_INDENTS = 100;

    /** Text of the ERRORTOKEN for a bracket left open at the end of input (see Parser#preferTokenizerError). */
    static final String UNCLOSED_AT_EOF = "unclosed";

    /** Thrown internally to unwind once the ERRORTOKEN has been recorded. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    private final String src;
    private final LineMap map;
    private final int limit;
    /** Lexing an f-string field: as if inside brackets, ending in ENDMARKER, no NEWLINE/INDENT. */
    private final boolean fragment;
    private int i;
    private final List<Token> out = new ArrayList<>();
    /** Open brackets, innermost first. */
    private final ArrayDeque<Token> brackets = new ArrayDeque<>();
    /** Indentation columns with tabs to 8 (indents) and with tabs as 1 (altIndents), as CPython. */
    private final List<Integer> indents = new ArrayList<>(List.of(0));
    private final List<Integer> altIndents = new ArrayList<>(List.of(0));
    private boolean atLineStart = true;
    /** The current logical line has produced a token, so it will end with a NEWLINE. */
    private boolean lineHasTokens;
    private int commentStart = -1;
    private Pos lastNewline;

    private Lexer(String src, LineMap map, int from, int to, boolean fragment) {
        this.src = src;
        this.map = map;
        this.i = from;
        this.limit = to;
        this.fragment = fragment;
    }

    /** All tokens of a program. Throws the first lexical error. */
    public static List<Token> tokenize(String source) {
        String src = normalize(source);
        List<Token> tokens = scanModule(src, new LineMap(src));
        Token last = tokens.get(tokens.size() - 1);
        if (last.type() == TokenType.ERRORTOKEN) {
            throw (SourceError) last.value();
        }
        return tokens;
    }

    /** Drops a byte-order mark and turns \r\n and \r into \n, as Python's universal newlines. */
    static String normalize(String source) {
        String s = source.startsWith("\uFEFF") ? source.substring(1) : source;
        return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Tokens of a normalized program; ends in ENDMARKER, or ERRORTOKEN at the first error. */
    static List<Token> scanModule(String src, LineMap map) {
        Lexer lexer = new Lexer(src, map, 0, src.length(), false);
        lexer.run();
        return lexer.out;
    }

    /** Tokens of an f-string field {@code src[from, to)}, lexed as if inside parentheses. */
    static List<Token> scanFragment(String src, LineMap map, int from, int to) {
        Lexer lexer = new Lexer(src, map, from, to, true);
        lexer.run();
        return lexer.out;
    }

    private void run() {
        try {
            while (true) {
                if (atLineStart) {
                    atLineStart = false;
                    if (brackets.isEmpty() && !fragment) {
                        indentation();
                    }
                }
                while (i < limit && (src.charAt(i) == ' ' || src.charAt(i) == '\t' || src.charAt(i) == '\f')) {
                    i++;
                }
                if (i >= limit) {
                    finish();
                    return;
                }
                char c = src.charAt(i);
                if (c == '#') {
                    commentStart = i;
                    while (i < limit && src.charAt(i) != '\n') {
                        i++;
                    }
                } else if (c == '\n') {
                    newline();
                } else if (c == '\\') {
                    continuation();
                } else {
                    token();
                }
            }
        } catch (Stop stop) {
            // the ERRORTOKEN is already the last token
        }
    }

    // ---- lines and indentation ----

    private void indentation() {
        int col = 0;
        int alt = 0;
        int j = i;
        for (; j < limit; j++) {
            char c = src.charAt(j);
            if (c == ' ') {
                col++;
                alt++;
            } else if (c == '\t') {
                col = (col / 8 + 1) * 8;
                alt++;
            } else if (c == '\f') {
                col = alt = 0;
            } else {
                break;
            }
        }
        i = j;
        if (j >= limit || src.charAt(j) == '#' || src.charAt(j) == '\n') {
            return; // blank or comment-only lines do not take part in indentation
        }
        Pos pos = map.pos(j);
        int top = indents.size() - 1;
        if (col == indents.get(top)) {
            if (alt != altIndents.get(top)) {
                fail(tabError(pos));
            }
        } else if (col > indents.get(top)) {
            if (alt <= altIndents.get(top)) {
                fail(tabError(pos));
            }
            if (indents.size() >= MAX_INDENTS) {
                fail(SourceError.syntax(pos, "too many levels of indentation"));
            }
            indents.add(col);
            altIndents.add(alt);
            out.add(new Token(TokenType.INDENT, "", pos, j, j, null));
        } else {
            int level = top;
            while (level > 0 && col < indents.get(level)) {
                level--;
            }
            if (col != indents.get(level)) {
                fail(SourceError.syntax(pos, "unindent does not match any outer indentation level"));
            }
            if (alt != altIndents.get(level)) {
                fail(tabError(pos));
            }
            while (indents.size() - 1 > level) {
                indents.remove(indents.size() - 1);
                altIndents.remove(altIndents.size() - 1);
                out.add(new Token(TokenType.DEDENT, "", pos, j, j, null));
            }
        }
    }

    private static SourceError tabError(Pos pos) {
        return SourceError.syntax(pos, "inconsistent use of tabs and spaces in indentation");
    }

    private void newline() {
        if (!fragment && brackets.isEmpty() && lineHasTokens) {
            int at = commentStart >= 0 ? commentStart : i;
            lastNewline = map.pos(at);
            out.add(new Token(TokenType.NEWLINE, "", lastNewline, at, i + 1, null));
            lineHasTokens = false;
        }
        i++;
        commentStart = -1;
        atLineStart = true;
    }

    private void continuation() {
        int j = i + 1;
        if (j >= limit) {
            fail(SourceError.syntax(map.pos(j), "unexpected EOF while parsing"));
        }
        if (src.charAt(j) != '\n') {
            fail(SourceError.syntax(map.pos(j), "unexpected character after line continuation character"));
        }
        i = j + 1; // the next line continues this one: no NEWLINE, no indentation
    }

    private void finish() {
        if (!brackets.isEmpty()) {
            Token open = brackets.peek();
            // The token sits past the last line, where CPython's EOF is; the error it carries
            // points at the bracket.
            SourceError error = SourceError.syntax(open.pos(), "'" + open.text() + "' was never closed");
            Pos eof = new Pos(map.lastLine() + 1, 1);
            out.add(new Token(TokenType.ERRORTOKEN, UNCLOSED_AT_EOF, eof, i, i, error));
            throw new Stop();
        }
        if (fragment) {
            out.add(new Token(TokenType.ENDMARKER, "", map.pos(limit), limit, limit, null));
            return;
        }
        if (lineHasTokens) { // last line without a final newline
            int at = commentStart >= 0 ? commentStart : limit;
            lastNewline = map.pos(at);
            out.add(new Token(TokenType.NEWLINE, "", lastNewline, at, limit, null));
        }
        // Closing tokens sit at the end of the last line rather than on a line that does not
        // exist, so "expected an indented block" at end of file points at the line with the ':'.
        Pos eof = lastNewline != null ? lastNewline : new Pos(1, 1);
        for (int k = 1; k < indents.size(); k++) {
            out.add(new Token(TokenType.DEDENT, "", eof, limit, limit, null));
        }
        out.add(new Token(TokenType.ENDMARKER, "", eof, limit, limit, null));
    }

    private void fail(SourceError error) {
        out.add(new Token(TokenType.ERRORTOKEN, "", error.pos(), i, i, error));
        throw new Stop();
    }

    private void emit(TokenType type, int start, Object value) {
        out.add(new Token(type, src.substring(start, i), map.pos(start), start, i, value));
        lineHasTokens = true;
    }

    // ---- tokens ----

    private void token() {
        int start = i;
        int cp = src.codePointAt(i);
        if (isIdentifierStart(cp)) {
            while (i < limit && isIdentifierPart(src.codePointAt(i))) {
                i += Character.charCount(src.codePointAt(i));
            }
            String word = src.substring(start, i);
            if (i < limit && (src.charAt(i) == '\'' || src.charAt(i) == '"') && isStringPrefix(word)) {
                string(start, word.toLowerCase());
            } else if (KEYWORDS.contains(word)) {
                emit(TokenType.KEYWORD, start, null);
            } else {
                emit(TokenType.NAME, start, null);
                if (!isAscii(word)) { // Python identifiers are NFKC-normalized: the token's text is the name
                    Token t = out.remove(out.size() - 1);
                    out.add(new Token(TokenType.NAME, Normalizer.normalize(word, Normalizer.Form.NFKC),
                            t.pos(), t.start(), t.end(), null));
                }
            }
        } else if (isDigit(cp) || (cp == '.' && i + 1 < limit && isDigit(src.charAt(i + 1)))) {
            number(start);
        } else if (cp == '\'' || cp == '"') {
            string(start, "");
        } else {
            operator(start, cp);
        }
    }

    private static boolean isAscii(String word) {
        for (int k = 0; k < word.length(); k++) {
            if (word.charAt(k) >= 128) {
                return false;
            }
        }
        return true;
    }

    private static boolean isStringPrefix(String word) {
        switch (word.toLowerCase()) {
            case "r": case "u": case "f": case "b": case "rf": case "fr": case "br": case "rb":
                return true;
            default:
                return false;
        }
    }

    private void operator(int start, int cp) {
        for (String op : OPERATORS) {
            if (src.startsWith(op, i) && i + op.length() <= limit) {
                i += op.length();
                emit(TokenType.OP, start, null);
                Token tok = out.get(out.size() - 1);
                if (op.equals("(") || op.equals("[") || op.equals("{")) {
                    if (brackets.size() >= MAX_BRACKETS) {
                        i = start;
                        fail(SourceError.syntax(tok.pos(), "too many nested parentheses"));
                    }
                    brackets.push(tok);
                } else if (op.equals(")") || op.equals("]") || op.equals("}")) {
                    closeBracket(tok);
                }
                return;
            }
        }
        Pos pos = map.pos(start);
        if (cp < 128 && cp > 32 && cp != 127) { // $ ? ` and a lone !
            fail(SourceError.syntax(pos, "invalid syntax"));
        } else if (!isPrintable(cp)) {
            fail(SourceError.syntax(pos, String.format("invalid non-printable character U+%04X", cp)));
        } else {
            fail(SourceError.syntax(pos, String.format("invalid character '%s' (U+%04X)",
                    new String(Character.toChars(cp)), cp)));
        }
    }

    private void closeBracket(Token close) {
        if (brackets.isEmpty()) {
            i = close.start();
            fail(SourceError.syntax(close.pos(), "unmatched '" + close.text() + "'"));
        }
        Token open = brackets.pop();
        String expected = open.isOp("(") ? ")" : open.isOp("[") ? "]" : "}";
        if (!close.text().equals(expected)) {
            String where = open.pos().line() != close.pos().line() ? " on line " + open.pos().line() : "";
            i = close.start();
            fail(SourceError.syntax(close.pos(), "closing parenthesis '" + close.text()
                    + "' does not match opening parenthesis '" + open.text() + "'" + where));
        }
    }

    private static boolean isPrintable(int cp) {
        switch (Character.getType(cp)) {
            case Character.CONTROL: case Character.FORMAT: case Character.SURROGATE: case Character.PRIVATE_USE:
            case Character.UNASSIGNED: case Character.LINE_SEPARATOR: case Character.PARAGRAPH_SEPARATOR:
            case Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    static boolean isIdentifierStart(int cp) {
        if (cp < 128) {
            return cp == '_' || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
        }
        return Character.isUnicodeIdentifierStart(cp);
    }

    static boolean isIdentifierPart(int cp) {
        if (cp < 128) {
            return isIdentifierStart(cp) || (cp >= '0' && cp <= '9');
        }
        return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp);
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    // ---- numbers ----

    private char at(int k) {
        return k < limit ? src.charAt(k) : '\0';
    }

    private void number(int start) {
        char c = at(i);
        if (c == '0' && "xXoObB".indexOf(at(i + 1)) >= 0 && at(i + 1) != '\0') {
            char kind = Character.toLowerCase(at(i + 1));
            int radix = kind == 'x' ? 16 : kind == 'o' ? 8 : 2;
            String name = kind == 'x' ? "hexadecimal" : kind == 'o' ? "octal" : "binary";
            i += 2;
            int digitsStart = i;
            do { // CPython allows one '_' before each group of digits, even right after the prefix
                if (at(i) == '_') {
                    i++;
                }
                if (Character.digit(at(i), radix) < 0) {
                    if (isDigit(at(i))) {
                        fail(SourceError.syntax(map.pos(i), "invalid digit '" + at(i) + "' in " + name + " literal"));
                    }
                    fail(SourceError.syntax(map.pos(i - 1), "invalid " + name + " literal"));
                }
                while (Character.digit(at(i), radix) >= 0) {
                    i++;
                }
            } while (at(i) == '_');
            if (isDigit(at(i))) {
                fail(SourceError.syntax(map.pos(i), "invalid digit '" + at(i) + "' in " + name + " literal"));
            }
            verifyEndOfNumber(start, name);
            String digits = src.substring(digitsStart, i).replace("_", "");
            emit(TokenType.NUMBER, start, new BigInteger(digits, radix));
            return;
        }
        boolean isFloat = false;
        boolean leadingZeros = false;
        if (c == '0') {
            // "0", "00", "0_0" are fine; "0777" is not (but "0777.5" and "0777e1" are floats)
            while (at(i) == '0') {
                i++;
                if (at(i) == '_') {
                    i++;
                    if (!isDigit(at(i))) {
                        fail(SourceError.syntax(map.pos(i - 1), "invalid decimal literal"));
                    }
                }
            }
            if (isDigit(at(i))) {
                leadingZeros = true;
                decimalTail();
            }
        } else if (c != '.') {
            decimalTail();
        }
        if (at(i) == '.') {
            isFloat = true;
            i++;
            if (isDigit(at(i))) {
                decimalTail();
            }
        }
        if (at(i) == 'e' || at(i) == 'E') {
            int e = i;
            i++;
            if (at(i) == '+' || at(i) == '-') {
                i++;
            }
            if (isDigit(at(i))) {
                isFloat = true;
                decimalTail();
            } else {
                i = e; // "1else" is "1 else"; anything else after the 'e' is an error, found below
                verifyEndOfNumber(start, "decimal");
            }
        }
        if (at(i) == 'j' || at(i) == 'J') {
            i++;
            fail(SourceError.unsupported(map.pos(start), "complex numbers"));
        }
        if (leadingZeros && !isFloat) {
            fail(SourceError.syntax(map.pos(start), "leading zeros in decimal integer literals are not permitted;"
                    + " use an 0o prefix for octal integers"));
        }
        verifyEndOfNumber(start, "decimal");
        String text = src.substring(start, i).replace("_", "");
        emit(TokenType.NUMBER, start, isFloat ? (Object) Double.valueOf(text) : new BigInteger(text));
    }

    /** Digits with single underscores between them. */
    private void decimalTail() {
        while (true) {
            while (isDigit(at(i))) {
                i++;
            }
            if (at(i) != '_') {
                return;
            }
            i++;
            if (!isDigit(at(i))) {
                fail(SourceError.syntax(map.pos(i - 1), "invalid decimal literal"));
            }
        }
    }

    /**
     * A number directly followed by a letter is an error ("1a"), except before the keywords CPython
     * tolerates there ("1if x else 2" is valid, if ugly).
     */
    private void verifyEndOfNumber(int start, String kind) {
        if (i >= limit || !isIdentifierPart(src.codePointAt(i))) {
            return;
        }
        for (String kw : new String[] {"and", "else", "for", "if", "in", "is", "not", "or"}) {
            if (src.startsWith(kw, i)) {
                return;
            }
        }
        fail(SourceError.syntax(map.pos(start), "invalid " + kind + " literal"));
    }

    // ---- strings ----

    private void string(int start, String prefix) {
        boolean raw = prefix.indexOf('r') >= 0;
        boolean fString = prefix.indexOf('f') >= 0;
        char quote = src.charAt(i);
        boolean triple = at(i + 1) == quote && at(i + 2) == quote && i + 2 < limit;
        int bodyStart = i + (triple ? 3 : 1);
        int j = bodyStart;
        int bodyEnd;
        while (true) {
            if (j >= limit) {
                i = j;
                fail(unterminated(start, triple, map.lastLine()));
            }
            char ch = src.charAt(j);
            if (ch == '\\') {
                j += 2; // an escaped character never ends the string, even in raw strings
                continue;
            }
            if (ch == '\n' && !triple) {
                i = j;
                fail(unterminated(start, false, map.line(j)));
            }
            if (ch == quote && (!triple || (j + 2 < limit && src.charAt(j + 1) == quote && src.charAt(j + 2) == quote))) {
                bodyEnd = j;
                j += triple ? 3 : 1;
                break;
            }
            j++;
        }
        i = j;
        if (prefix.indexOf('b') >= 0) {
            fail(SourceError.unsupported(map.pos(start), "bytes literals"));
        }
        String value = null;
        if (!fString) {
            try {
                value = raw ? src.substring(bodyStart, bodyEnd) : decodeEscapes(src, bodyStart, bodyEnd, map);
            } catch (SourceError e) {
                fail(e);
            }
        }
        emit(TokenType.STRING, start, new Token.StringLiteral(fString, raw, bodyStart, bodyEnd, value));
    }

    private SourceError unterminated(int start, boolean triple, int line) {
        return SourceError.syntax(map.pos(start), "unterminated " + (triple ? "triple-quoted " : "")
                + "string literal (detected at line " + line + ")");
    }

    /** The value of the non-raw string text {@code src[from, to)}: backslash escapes decoded. */
    static String decodeEscapes(String src, int from, int to, LineMap map) {
        StringBuilder sb = new StringBuilder(to - from);
        int k = from;
        while (k < to) {
            char ch = src.charAt(k);
            if (ch != '\\' || k + 1 >= to) {
                sb.append(ch);
                k++;
                continue;
            }
            int backslash = k;
            char e = src.charAt(k + 1);
            k += 2;
            switch (e) {
                case '\n': break; // backslash-newline continues the string on the next line
                case '\\': sb.append('\\'); break;
                case '\'': sb.append('\''); break;
                case '"': sb.append('"'); break;
                case 'a': sb.append('\u0007'); break;
                case 'b': sb.append('\b'); break;
                case 'f': sb.append('\f'); break;
                case 'n': sb.append('\n'); break;
                case 'r': sb.append('\r'); break;
                case 't': sb.append('\t'); break;
                case 'v': sb.append('\u000B'); break;
                case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                    int value = e - '0';
                    for (int n = 0; n < 2 && k < to && src.charAt(k) >= '0' && src.charAt(k) <= '7'; n++, k++) {
                        value = value * 8 + (src.charAt(k) - '0');
                    }
                    sb.append((char) value);
                    break;
                }
                case 'x': k = hexEscape(src, k, to, 2, "\\xXX", sb, map, backslash); break;
                case 'u': k = hexEscape(src, k, to, 4, "\\uXXXX", sb, map, backslash); break;
                case 'U': k = hexEscape(src, k, to, 8, "\\UXXXXXXXX", sb, map, backslash); break;
                case 'N':
                    throw SourceError.unsupported(map.pos(backslash), "'\\N{...}' escapes (named Unicode characters)");
                default:
                    sb.append('\\').append(e); // unknown escapes stay as written, as in Python
            }
        }
        return sb.toString();
    }

    private static int hexEscape(String src, int k, int to, int digits, String form, StringBuilder sb,
            LineMap map, int backslash) {
        int value = 0;
        for (int n = 0; n < digits; n++) {
            int d = k + n < to ? Character.digit(src.charAt(k + n), 16) : -1;
            if (d < 0) {
                throw SourceError.syntax(map.pos(backslash), "(unicode error) truncated " + form + " escape");
            }
            value = value * 16 + d;
        }
        if (value > Character.MAX_CODE_POINT || value < 0) {
            throw SourceError.syntax(map.pos(backslash), "(unicode error) illegal Unicode character");
        }
        sb.appendCodePoint(value);
        return k + digits;
    }
}
