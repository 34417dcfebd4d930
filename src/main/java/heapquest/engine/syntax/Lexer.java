package heapquest.engine.syntax;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Python's tokenizer for the subset: INDENT/DEDENT from an indentation stack (tabs to the next
 * multiple of 8), implicit joining inside brackets, backslash continuation, comments, string and
 * f-string literals with escapes, and numbers of every base.
 */
public final class Lexer {
    private static final String[] OPERATORS = {
        "**=", "//=", ">>=", "<<=", "...", "->", ":=",
        "**", "//", "<<", ">>", "<=", ">=", "==", "!=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=",
        "+", "-", "*", "/", "%", "@", "<", ">", "=", ".", ",", ":", ";", "(", ")", "[", "]", "{", "}", "&", "|",
        "^", "~"};

    private final String src;
    private int i;
    private int line = 1;
    private int lineStart;
    private final List<Token> out = new ArrayList<>();
    private final Deque<Integer> indents = new ArrayDeque<>();
    private final Deque<Token> brackets = new ArrayDeque<>();

    private Lexer(String src) {
        this.src = src.replace("\r\n", "\n").replace('\r', '\n');
        indents.push(0);
    }

    public static List<Token> tokenize(String source) {
        Lexer l = new Lexer(source);
        l.run();
        return l.out;
    }

    private Pos pos() {
        return new Pos(line, i - lineStart + 1);
    }

    private void run() {
        boolean atLineStart = true;
        while (i < src.length()) {
            if (atLineStart && brackets.isEmpty()) {
                if (!indentation()) {
                    continue;
                }
                atLineStart = false;
            }
            char c = src.charAt(i);
            if (c == '\n') {
                if (brackets.isEmpty()) {
                    add(TokenType.NEWLINE, "\n", null, pos());
                    atLineStart = true;
                }
                newline();
            } else if (c == ' ' || c == '\t' || c == '\f') {
                i++;
            } else if (c == '#') {
                while (i < src.length() && src.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '\\') {
                if (i + 1 < src.length() && src.charAt(i + 1) == '\n') {
                    i++;
                    newline();
                } else {
                    throw SourceError.syntax(pos(), "unexpected character after line continuation character");
                }
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < src.length() && Character.isDigit(src.charAt(i + 1)))) {
                number();
            } else if (Character.isLetter(c) || c == '_' || c > 127) {
                nameOrString();
            } else if (c == '"' || c == '\'') {
                string(pos(), "", i);
            } else {
                operator();
            }
        }
        if (!brackets.isEmpty()) {
            Token open = brackets.peek();
            throw SourceError.syntax(open.pos(), "'" + open.text() + "' was never closed");
        }
        if (!out.isEmpty() && out.get(out.size() - 1).type() != TokenType.NEWLINE) {
            add(TokenType.NEWLINE, "\n", null, pos());
        }
        while (indents.peek() > 0) {
            indents.pop();
            add(TokenType.DEDENT, "", null, pos());
        }
        add(TokenType.EOF, "", null, pos());
    }

    private void newline() {
        i++;
        line++;
        lineStart = i;
    }

    /** Measures a logical line's indentation; returns false for blank and comment-only lines. */
    private boolean indentation() {
        int col = 0;
        int start = i;
        while (i < src.length() && (src.charAt(i) == ' ' || src.charAt(i) == '\t' || src.charAt(i) == '\f')) {
            col = src.charAt(i) == '\t' ? (col / 8 + 1) * 8 : src.charAt(i) == '\f' ? 0 : col + 1;
            i++;
        }
        if (i >= src.length()) {
            return true;
        }
        char c = src.charAt(i);
        if (c == '\n' || c == '#') {
            while (i < src.length() && src.charAt(i) != '\n') {
                i++;
            }
            if (i < src.length()) {
                newline();
            }
            return false;
        }
        Pos p = new Pos(line, i - lineStart + 1);
        if (col > indents.peek()) {
            indents.push(col);
            add(TokenType.INDENT, src.substring(start, i), null, p);
        } else {
            while (col < indents.peek()) {
                indents.pop();
                add(TokenType.DEDENT, "", null, p);
            }
            if (col != indents.peek()) {
                throw SourceError.syntax(new Pos(line, col + 1), "unindent does not match any outer indentation level");
            }
        }
        return true;
    }

    private void add(TokenType t, String text, Object value, Pos p) {
        out.add(new Token(t, text, value, p));
    }

    private void number() {
        Pos p = pos();
        int start = i;
        String s;
        if (src.charAt(i) == '0' && i + 1 < src.length() && "xXoObB".indexOf(src.charAt(i + 1)) >= 0) {
            char base = Character.toLowerCase(src.charAt(i + 1));
            i += 2;
            while (i < src.length() && (Character.isLetterOrDigit(src.charAt(i)) || src.charAt(i) == '_')) {
                i++;
            }
            s = src.substring(start + 2, i).replace("_", "");
            int radix = base == 'x' ? 16 : base == 'o' ? 8 : 2;
            try {
                add(TokenType.NUMBER, src.substring(start, i), new BigInteger(s, radix), p);
            } catch (NumberFormatException e) {
                throw SourceError.syntax(p, "invalid " + (radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary") + " literal");
            }
            return;
        }
        boolean isFloat = false;
        while (i < src.length() && (Character.isDigit(src.charAt(i)) || src.charAt(i) == '_')) {
            i++;
        }
        if (i < src.length() && src.charAt(i) == '.') {
            isFloat = true;
            i++;
            while (i < src.length() && (Character.isDigit(src.charAt(i)) || src.charAt(i) == '_')) {
                i++;
            }
        }
        if (i < src.length() && (src.charAt(i) == 'e' || src.charAt(i) == 'E')) {
            int save = i;
            i++;
            if (i < src.length() && (src.charAt(i) == '+' || src.charAt(i) == '-')) {
                i++;
            }
            if (i < src.length() && Character.isDigit(src.charAt(i))) {
                isFloat = true;
                while (i < src.length() && (Character.isDigit(src.charAt(i)) || src.charAt(i) == '_')) {
                    i++;
                }
            } else {
                i = save;
            }
        }
        if (i < src.length() && (src.charAt(i) == 'j' || src.charAt(i) == 'J')) {
            throw SourceError.unsupported(p, "complex numbers");
        }
        s = src.substring(start, i).replace("_", "");
        if (isFloat) {
            add(TokenType.NUMBER, src.substring(start, i), Double.parseDouble(s), p);
        } else {
            if (s.length() > 1 && s.startsWith("0") && !s.chars().allMatch(ch -> ch == '0')) {
                throw SourceError.syntax(p, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
            }
            add(TokenType.NUMBER, src.substring(start, i), new BigInteger(s), p);
        }
    }

    private void nameOrString() {
        Pos p = pos();
        int start = i;
        while (i < src.length() && (Character.isLetterOrDigit(src.charAt(i)) || src.charAt(i) == '_' || src.charAt(i) > 127)) {
            i++;
        }
        String word = src.substring(start, i);
        if (i < src.length() && (src.charAt(i) == '"' || src.charAt(i) == '\'') && word.length() <= 2
                && word.toLowerCase().matches("r|f|rf|fr|b|br|rb|u")) {
            if (word.toLowerCase().contains("b")) {
                throw SourceError.unsupported(p, "bytes literals");
            }
            string(p, word.toLowerCase(), start);
            return;
        }
        add(TokenType.NAME, word, null, p);
    }

    private void string(Pos p, String prefix, int start) {
        char q = src.charAt(i);
        boolean triple = src.startsWith(String.valueOf(q).repeat(3), i);
        String delim = triple ? String.valueOf(q).repeat(3) : String.valueOf(q);
        i += delim.length();
        boolean raw = prefix.contains("r");
        StringBuilder b = new StringBuilder();
        int bodyStart = i;
        while (true) {
            if (i >= src.length() || (!triple && src.charAt(i) == '\n')) {
                throw SourceError.syntax(p, (triple ? "unterminated triple-quoted string literal" : "unterminated string literal")
                        + " (detected at line " + line + ")");
            }
            if (src.startsWith(delim, i)) {
                break;
            }
            char c = src.charAt(i);
            if (c == '\\' && i + 1 < src.length()) {
                if (raw || prefix.contains("f")) {
                    b.append(c).append(src.charAt(i + 1));
                    if (src.charAt(i + 1) == '\n') {
                        line++;
                        lineStart = i + 2;
                    }
                    i += 2;
                    continue;
                }
                i = escape(b, p);
                continue;
            }
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            }
            b.append(c);
            i++;
        }
        String body = prefix.contains("f") ? src.substring(bodyStart, i) : b.toString();
        i += delim.length();
        if (prefix.contains("f")) {
            add(TokenType.FSTRING, raw ? "r" : "", body, p);
        } else {
            add(TokenType.STRING, src.substring(start, i), body, p);
        }
    }

    /** Decodes one escape sequence at i (a backslash); returns the index after it. */
    private int escape(StringBuilder b, Pos p) {
        char e = src.charAt(i + 1);
        int j = i + 2;
        switch (e) {
            case 'n' -> b.append('\n');
            case 't' -> b.append('\t');
            case 'r' -> b.append('\r');
            case '0' -> b.append('\0');
            case 'a' -> b.append('\007');
            case 'b' -> b.append('\b');
            case 'f' -> b.append('\f');
            case 'v' -> b.append('\013');
            case '\\' -> b.append('\\');
            case '\'' -> b.append('\'');
            case '"' -> b.append('"');
            case '\n' -> {
                line++;
                lineStart = j;
            }
            case 'x', 'u', 'U' -> {
                int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                if (j + n > src.length()) {
                    throw SourceError.syntax(p, "(unicode error) truncated \\" + e + " escape");
                }
                try {
                    b.appendCodePoint(Integer.parseInt(src.substring(j, j + n), 16));
                } catch (NumberFormatException ex) {
                    throw SourceError.syntax(p, "(unicode error) truncated \\" + e + " escape");
                }
                j += n;
            }
            case 'N' -> throw SourceError.unsupported(p, "\\N{...} escapes");
            default -> b.append('\\').append(e);
        }
        return j;
    }

    private void operator() {
        Pos p = pos();
        for (String op : OPERATORS) {
            if (src.startsWith(op, i)) {
                i += op.length();
                Token t = new Token(TokenType.OP, op, null, p);
                if ("([{".contains(op)) {
                    brackets.push(t);
                } else if (")]}".contains(op)) {
                    if (brackets.isEmpty()) {
                        throw SourceError.syntax(p, "unmatched '" + op + "'");
                    }
                    Token open = brackets.pop();
                    String expect = open.text().equals("(") ? ")" : open.text().equals("[") ? "]" : "}";
                    if (!expect.equals(op)) {
                        throw SourceError.syntax(p, "closing parenthesis '" + op + "' does not match opening parenthesis '" + open.text() + "'");
                    }
                }
                out.add(t);
                return;
            }
        }
        throw SourceError.syntax(p, "invalid character '" + src.charAt(i) + "' (U+" + String.format("%04X", (int) src.charAt(i)) + ")");
    }
}
