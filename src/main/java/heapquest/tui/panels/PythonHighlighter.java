package heapquest.tui.panels;

import heapquest.tui.render.Text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small Python tokenizer for colors only: keywords, builtins, strings (triple-quoted ones across
 * lines), numbers, comments and the {@code # @name} question markers. It never fails: anything it
 * does not know is plain text.
 */
public final class PythonHighlighter {

    public enum Kind { TEXT, KEYWORD, BUILTIN, CONSTANT, STRING, NUMBER, COMMENT, MARKER }

    /** Columns [start, end) of a line in one kind. */
    public record Span(int start, int end, Kind kind) {}

    static final Set<String> KEYWORDS = Set.of("and", "as", "assert", "async", "await", "break", "class", "continue",
            "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is",
            "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield");
    static final Set<String> CONSTANTS = Set.of("True", "False", "None");
    static final Set<String> BUILTINS = Set.of("print", "len", "id", "hex", "type", "isinstance", "range", "list",
            "dict", "set", "tuple", "str", "int", "float", "bool", "object", "super", "sorted", "reversed",
            "enumerate", "zip", "map", "filter", "iter", "next", "repr", "abs", "min", "max", "sum", "any", "all",
            "hash", "callable", "getattr", "setattr", "hasattr", "delattr", "vars", "dir", "chr", "ord", "round",
            "frozenset", "bytes", "property", "staticmethod", "classmethod", "self");
    private static final Pattern MARKER = Pattern.compile("#\\s*@([A-Za-z_][\\w-]*)");

    private PythonHighlighter() {}

    public static CodeModel model(List<String> source) {
        List<String> lines = new ArrayList<>();
        List<List<Span>> spans = new ArrayList<>();
        Map<Integer, String> markers = new HashMap<>();
        int maxWidth = 0;
        String open = null; // the quotes of a triple-quoted string still open at the end of a line
        for (int i = 0; i < source.size(); i++) {
            String line = expandTabs(source.get(i));
            lines.add(line);
            maxWidth = Math.max(maxWidth, Text.width(line));
            List<Span> out = new ArrayList<>();
            open = line(line, open, out);
            spans.add(List.copyOf(out));
            for (Span s : out) {
                if (s.kind() == Kind.MARKER) {
                    Matcher m = MARKER.matcher(line.substring(s.start(), s.end()));
                    if (m.find()) {
                        markers.put(i + 1, m.group(1));
                    }
                }
            }
        }
        return new CodeModel(List.copyOf(lines), List.copyOf(spans), Map.copyOf(markers), maxWidth);
    }

    static String expandTabs(String s) {
        if (s.indexOf('\t') < 0) {
            return Text.printable(s);
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') {
                b.append(" ".repeat(4 - b.length() % 4));
            } else {
                b.append(c);
            }
        }
        return Text.printable(b.toString());
    }

    /** Appends the spans of one line; returns the triple quote still open after it, or null. */
    static String line(String s, String open, List<Span> out) {
        int i = 0;
        int n = s.length();
        if (open != null) {
            int end = s.indexOf(open);
            if (end < 0) {
                out.add(new Span(0, n, Kind.STRING));
                return open;
            }
            out.add(new Span(0, end + 3, Kind.STRING));
            i = end + 3;
        }
        while (i < n) {
            char c = s.charAt(i);
            if (c == '#') {
                Matcher m = MARKER.matcher(s).region(i, n);
                out.add(new Span(i, n, m.lookingAt() || MARKER.matcher(s.substring(i)).find() ? Kind.MARKER : Kind.COMMENT));
                return null;
            }
            int q = stringStart(s, i);
            if (q >= 0) {
                char quote = s.charAt(q);
                boolean triple = q + 2 < n && s.charAt(q + 1) == quote && s.charAt(q + 2) == quote;
                if (triple) {
                    String delim = String.valueOf(quote).repeat(3);
                    int end = s.indexOf(delim, q + 3);
                    if (end < 0) {
                        out.add(new Span(i, n, Kind.STRING));
                        return delim;
                    }
                    out.add(new Span(i, end + 3, Kind.STRING));
                    i = end + 3;
                } else {
                    int j = q + 1;
                    while (j < n && s.charAt(j) != quote) {
                        j += s.charAt(j) == '\\' ? 2 : 1;
                    }
                    int end = Math.min(n, j + 1);
                    out.add(new Span(i, end, Kind.STRING));
                    i = end;
                }
                continue;
            }
            if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(s.charAt(i + 1)))) {
                int j = i + 1;
                while (j < n && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_' || s.charAt(j) == '.'
                        || ((s.charAt(j) == '+' || s.charAt(j) == '-') && (s.charAt(j - 1) == 'e' || s.charAt(j - 1) == 'E')))) {
                    j++;
                }
                out.add(new Span(i, j, Kind.NUMBER));
                i = j;
                continue;
            }
            if (Character.isLetter(c) || c == '_') {
                int j = i + 1;
                while (j < n && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
                    j++;
                }
                String word = s.substring(i, j);
                boolean attribute = i > 0 && s.charAt(i - 1) == '.';
                Kind k = KEYWORDS.contains(word) ? Kind.KEYWORD : CONSTANTS.contains(word) ? Kind.CONSTANT
                        : !attribute && BUILTINS.contains(word) ? Kind.BUILTIN : Kind.TEXT;
                if (k != Kind.TEXT) {
                    out.add(new Span(i, j, k));
                }
                i = j;
                continue;
            }
            i++;
        }
        return null;
    }

    /** If a string literal (with an optional r/b/f/u prefix) starts at i, the index of its quote. */
    private static int stringStart(String s, int i) {
        int j = i;
        while (j < s.length() && j - i < 2 && "rRbBfFuU".indexOf(s.charAt(j)) >= 0) {
            j++;
        }
        if (j < s.length() && (s.charAt(j) == '\'' || s.charAt(j) == '"')) {
            if (j > i && i > 0 && (Character.isLetterOrDigit(s.charAt(i - 1)) || s.charAt(i - 1) == '_')) {
                return -1; // the end of a name, like "bar'": not a prefix
            }
            return j;
        }
        return -1;
    }
}
