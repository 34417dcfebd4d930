package heapquest.engine.syntax;

import heapquest.engine.syntax.Expr.Constant;
import heapquest.engine.syntax.Expr.FString;
import heapquest.engine.syntax.Expr.FormattedValue;

import java.util.ArrayList;
import java.util.List;

/** Splits an f-string body into literal pieces and {expr!conv:spec} fields. */
final class FStringParser {
    private final String body;
    private final boolean raw;
    private final Pos pos;
    private int i;

    FStringParser(String body, boolean raw, Pos pos) {
        this.body = body;
        this.raw = raw;
        this.pos = pos;
    }

    FString parse() {
        return new FString(pos, parts(false));
    }

    private List<Expr> parts(boolean inSpec) {
        List<Expr> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        while (i < body.length()) {
            char c = body.charAt(i);
            if (inSpec && c == '}') {
                break;
            }
            if (c == '{') {
                if (!inSpec && i + 1 < body.length() && body.charAt(i + 1) == '{') {
                    text.append('{');
                    i += 2;
                    continue;
                }
                if (text.length() > 0) {
                    parts.add(new Constant(pos, unescape(text.toString())));
                    text.setLength(0);
                }
                parts.add(field());
            } else if (c == '}') {
                if (i + 1 < body.length() && body.charAt(i + 1) == '}') {
                    text.append('}');
                    i += 2;
                    continue;
                }
                throw SourceError.syntax(pos, "f-string: single '}' is not allowed");
            } else {
                text.append(c);
                i++;
            }
        }
        if (text.length() > 0) {
            parts.add(new Constant(pos, unescape(text.toString())));
        }
        return parts;
    }

    private Expr field() {
        i++;
        int start = i;
        int depth = 0;
        char quote = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (depth == 0 && (c == '!' && i + 1 < body.length() && body.charAt(i + 1) != '=' || c == ':')) {
                break;
            }
            i++;
        }
        String exprText = body.substring(start, i);
        if (exprText.strip().isEmpty()) {
            throw SourceError.syntax(pos, "f-string: empty expression not allowed");
        }
        if (exprText.stripTrailing().endsWith("=") && !exprText.stripTrailing().endsWith("==")
                && !exprText.stripTrailing().endsWith("!=") && !exprText.stripTrailing().endsWith("<=")
                && !exprText.stripTrailing().endsWith(">=")) {
            throw SourceError.unsupported(pos, "the '=' specifier in f-strings");
        }
        Expr value = Parser.parseFieldExpression(exprText, pos);
        char conversion = 0;
        if (i < body.length() && body.charAt(i) == '!') {
            conversion = i + 1 < body.length() ? body.charAt(i + 1) : 0;
            if ("rsa".indexOf(conversion) < 0) {
                throw SourceError.syntax(pos, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
            i += 2;
        }
        FString spec = null;
        if (i < body.length() && body.charAt(i) == ':') {
            i++;
            spec = new FString(pos, parts(true));
        }
        if (i >= body.length() || body.charAt(i) != '}') {
            throw SourceError.syntax(pos, "f-string: expecting '}'");
        }
        i++;
        return new FormattedValue(pos, value, conversion, spec);
    }

    private String unescape(String s) {
        if (raw || s.indexOf('\\') < 0) {
            return s;
        }
        Token t = Lexer.tokenize("'" + s.replace("'", "\\'") + "'").get(0);
        return (String) t.value();
    }
}
