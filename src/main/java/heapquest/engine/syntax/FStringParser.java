package heapquest.engine.syntax;

import heapquest.engine.syntax.Expr.Constant;
import heapquest.engine.syntax.Expr.FString;
import heapquest.engine.syntax.Expr.FormattedValue;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits the body of one f-string literal into its parts: literal text ({@link Constant}) and
 * fields ({@link FormattedValue}), following CPython 3.11's rules:
 * <ul>
 *   <li>{@code {{} and {@code }}} are literal braces (not inside a format spec);
 *   <li>a field is {@code {expression[!conversion][:spec]}}; the spec is itself f-string text
 *       that may contain fields, two levels deep at most;
 *   <li>the expression may not contain a backslash or '#', and cannot reuse the string's own
 *       quote (the lexer has already ended the string there);
 *   <li>{@code {x=}} (the self-documenting form) is outside the subset.
 * </ul>
 * The expression text is lexed and parsed where it sits in the source, so its nodes carry true
 * positions, even across lines of a triple-quoted f-string.
 */
final class FStringParser {

    private final String src;
    private final LineMap map;
    private final Parser.Shared shared;
    private final boolean raw;
    private final int end;

    private FStringParser(String src, LineMap map, Parser.Shared shared, Token.StringLiteral literal) {
        this.src = src;
        this.map = map;
        this.shared = shared;
        this.raw = literal.raw();
        this.end = literal.bodyEnd();
    }

    /** The parts of the f-string literal, in order. Adjacent Constants are not yet merged. */
    static List<Expr> parse(String src, LineMap map, Parser.Shared shared, Token.StringLiteral literal) {
        FStringParser parser = new FStringParser(src, map, shared, literal);
        List<Expr> parts = new ArrayList<>();
        parser.text(literal.bodyStart(), 0, parts);
        return parts;
    }

    private char at(int k) {
        return k < end ? src.charAt(k) : '\0';
    }

    /**
     * Literal text and fields from {@code from}, up to the end of the string (level 0) or up to
     * the '}' that ends a format spec (level 1 and 2). Returns where it stopped.
     */
    private int text(int from, int level, List<Expr> parts) {
        StringBuilder text = new StringBuilder();
        int textStart = -1;
        int segment = from;
        int k = from;
        while (k < end) {
            char c = src.charAt(k);
            if (c == '{' || c == '}') {
                if (k > segment) {
                    textStart = textStart < 0 ? segment : textStart;
                    text.append(decode(segment, k));
                }
                if (level == 0 && at(k + 1) == c) { // {{ or }}
                    textStart = textStart < 0 ? k : textStart;
                    text.append(c);
                    k += 2;
                    segment = k;
                    continue;
                }
                if (c == '}') {
                    if (level == 0) {
                        throw SourceError.syntax(map.pos(k), "f-string: single '}' is not allowed");
                    }
                    segment = k;
                    break; // end of this format spec
                }
                flushText(parts, text, textStart);
                textStart = -1;
                if (level >= 2) {
                    throw SourceError.syntax(map.pos(k), "f-string: expressions nested too deeply");
                }
                k = field(k, level, parts);
                segment = k;
                continue;
            }
            if (c == '\\' && !raw) {
                if (at(k + 1) == 'N' && at(k + 2) == '{') {
                    throw SourceError.unsupported(map.pos(k), "'\\N{...}' escapes (named Unicode characters)");
                }
                // "\{" leaves the brace to start a field, as CPython 3.11 does
                k += at(k + 1) == '{' || at(k + 1) == '}' ? 1 : 2;
                continue;
            }
            k++;
        }
        k = Math.min(k, end);
        if (k > segment) {
            textStart = textStart < 0 ? segment : textStart;
            text.append(decode(segment, k));
        }
        flushText(parts, text, textStart);
        return k;
    }

    private String decode(int from, int to) {
        return raw ? src.substring(from, to) : Lexer.decodeEscapes(src, from, to, map);
    }

    private void flushText(List<Expr> parts, StringBuilder text, int textStart) {
        if (text.length() > 0) {
            parts.add(new Constant(map.pos(textStart), text.toString()));
            text.setLength(0);
        }
    }

    /** A field starting at the '{' at {@code open}. Returns the index after its closing '}'. */
    private int field(int open, int level, List<Expr> parts) {
        int exprEnd = expressionEnd(open);
        if (src.substring(open + 1, exprEnd).isBlank()) {
            throw SourceError.syntax(map.pos(open), "f-string: empty expression not allowed");
        }
        Expr value = expression(open + 1, exprEnd);
        int k = exprEnd;
        char conversion = 0;
        if (at(k) == '!') {
            char c = at(k + 1);
            if (c != 's' && c != 'r' && c != 'a') {
                throw SourceError.syntax(map.pos(k + 1), "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
            conversion = c;
            k += 2;
        }
        FString spec = null;
        if (at(k) == ':') {
            k++;
            List<Expr> specParts = new ArrayList<>();
            Pos specPos = map.pos(k);
            k = text(k, level + 1, specParts);
            List<Expr> merged = new ArrayList<>();
            specParts.forEach(part -> Parser.addFStringPart(merged, part));
            spec = new FString(specPos, merged);
        }
        if (at(k) != '}') {
            throw SourceError.syntax(map.pos(k < end ? k : open), "f-string: expecting '}'");
        }
        parts.add(new FormattedValue(map.pos(open), value, conversion, spec));
        return k + 1;
    }

    /**
     * Where the expression of the field opened at {@code open} ends: at the '}', '!' or ':'
     * outside any brackets and strings.
     */
    private int expressionEnd(int open) {
        ArrayDeque<Character> brackets = new ArrayDeque<>();
        char quote = 0;
        boolean triple = false;
        int k = open + 1;
        while (true) {
            if (k >= end) {
                throw SourceError.syntax(map.pos(open), "f-string: expecting '}'");
            }
            char c = src.charAt(k);
            if (c == '\\') {
                throw SourceError.syntax(map.pos(k), "f-string expression part cannot include a backslash");
            }
            if (quote != 0) {
                if (c == quote && (!triple || (at(k + 1) == quote && at(k + 2) == quote))) {
                    k += triple ? 3 : 1;
                    quote = 0;
                } else {
                    k++;
                }
                continue;
            }
            switch (c) {
                case '#':
                    throw SourceError.syntax(map.pos(k), "f-string expression part cannot include '#'");
                case '\'':
                case '"':
                    quote = c;
                    triple = at(k + 1) == c && at(k + 2) == c;
                    k += triple ? 3 : 1;
                    continue;
                case '(': case '[': case '{':
                    brackets.push(c);
                    k++;
                    continue;
                case ')': case ']': case '}':
                    if (brackets.isEmpty()) {
                        if (c == '}') {
                            return k;
                        }
                        throw SourceError.syntax(map.pos(k), "f-string: unmatched '" + c + "'");
                    }
                    char o = brackets.pop();
                    if ((o == '(' && c != ')') || (o == '[' && c != ']') || (o == '{' && c != '}')) {
                        throw SourceError.syntax(map.pos(k), "f-string: closing parenthesis '" + c
                                + "' does not match opening parenthesis '" + o + "'");
                    }
                    k++;
                    continue;
                default:
                    break;
            }
            if ((c == '=' || c == '!' || c == '<' || c == '>') && at(k + 1) == '=') {
                k += 2; // ==, !=, <=, >= are operators, not a conversion or the '=' specifier
                continue;
            }
            if (brackets.isEmpty()) {
                if (c == '!' || c == ':') {
                    return k;
                }
                if (c == '=') {
                    throw SourceError.unsupported(map.pos(k), "the '=' specifier in f-strings ({x=})");
                }
            }
            k++;
        }
    }

    /** Parses the field expression {@code src[from, to)} in place. */
    private Expr expression(int from, int to) {
        try {
            List<Token> tokens = Lexer.scanFragment(src, map, from, to);
            return Parser.parseFStringField(src, map, tokens, shared);
        } catch (SourceError e) {
            if (e.kind() == SourceError.Kind.SYNTAX && !e.detail().startsWith("f-string")) {
                throw new SourceError(e.kind(), e.pos(), "f-string: " + e.detail());
            }
            throw e;
        }
    }
}
