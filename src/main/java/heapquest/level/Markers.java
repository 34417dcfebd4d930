package heapquest.level;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the markers of a program: every {@code @name} in a Python comment ({@code x = 1  # @start}).
 * Questions name a marker instead of a line number, so lines can move freely. The scan knows
 * Python's string literals (single, double, triple-quoted, raw), so a {@code #} inside a string is
 * not a comment.
 */
public final class Markers {

    private static final Pattern MARKER = Pattern.compile("(?<![\\w@.])@([A-Za-z_][A-Za-z0-9_]*)");

    /** A marker: its name, the program line it is on, and the column of its {@code @} (1-based). */
    public record Marker(String name, int line, int col) {}

    /** A problem with a marker, at a program position. */
    public record Issue(int line, int col, String message) {}

    /**
     * markers: every marker by name (first occurrence), in program order; invalid: markers already
     * reported as misplaced, so questions naming them need no second message.
     */
    public record Result(Map<String, Marker> markers, java.util.Set<String> invalid, List<Issue> issues) {
        public String listing() {
            if (markers.isEmpty()) {
                return "the program has no markers; put '# @name' at the end of a line";
            }
            return "markers: " + String.join(", ", markers.keySet().stream().map(m -> "@" + m).toList());
        }
    }

    private Markers() {
    }

    public static Result scan(String program) {
        Map<String, Marker> markers = new LinkedHashMap<>();
        List<Issue> issues = new ArrayList<>();
        java.util.Set<String> invalid = new java.util.HashSet<>();
        String[] lines = program.split("\n", -1);
        // string state carried across lines (triple-quoted strings)
        char quote = 0;
        boolean triple = false;
        for (int ln = 0; ln < lines.length; ln++) {
            String line = lines[ln];
            boolean code = quote != 0; // a continued string counts as code
            int commentAt = -1;
            int i = 0;
            while (i < line.length()) {
                char c = line.charAt(i);
                if (quote != 0) {
                    if (c == '\\') {
                        i += 2;
                        continue;
                    }
                    if (c == quote) {
                        if (!triple) {
                            quote = 0;
                        } else if (line.startsWith(String.valueOf(c).repeat(3), i)) {
                            quote = 0;
                            i += 3;
                            continue;
                        }
                    }
                    i++;
                    continue;
                }
                if (c == '#') {
                    commentAt = i;
                    break;
                }
                if (c == '\'' || c == '"') {
                    quote = c;
                    triple = line.startsWith(String.valueOf(c).repeat(3), i);
                    code = true;
                    i += triple ? 3 : 1;
                    continue;
                }
                if (!Character.isWhitespace(c)) {
                    code = true;
                }
                i++;
            }
            if (quote != 0 && !triple) {
                quote = 0; // an unterminated string ends at the line end (the parser reports it)
            }
            if (commentAt < 0) {
                continue;
            }
            Matcher m = MARKER.matcher(line);
            m.region(commentAt, line.length());
            while (m.find()) {
                String name = m.group(1);
                int col = m.start() + 1;
                Marker prev = markers.get(name);
                if (prev != null) {
                    issues.add(new Issue(ln + 1, col, "marker '@" + name + "' is already on program line "
                            + prev.line() + "; each marker names one line"));
                } else {
                    if (!code) {
                        issues.add(new Issue(ln + 1, col, "marker '@" + name + "' is on a line without code; "
                                + "put it at the end of the line it is about"));
                        invalid.add(name);
                    }
                    markers.put(name, new Marker(name, ln + 1, col));
                }
            }
        }
        return new Result(markers, invalid, issues);
    }
}
