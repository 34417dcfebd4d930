package heapquest.level;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a level file into a {@link YamlNode} tree, defensively: level files come from anyone, and a
 * hostile one (huge, deeply nested, an alias bomb, binary, the wrong encoding) must be turned away
 * quickly with a message a person understands, never with a crash or an exhausted heap.
 *
 * <p>The checks, in order (TECH-NOTES §4): the size before reading anything ({@link #MAX_BYTES});
 * byte-order marks (a UTF-8 BOM is skipped, UTF-16/32 rejected); NUL bytes (binary or BOM-less
 * UTF-16); strict UTF-8 decoding (the offending byte and its line and column are reported); control
 * characters; then one streaming pass of Jackson's YAML parser with {@link StreamReadConstraints}
 * (nesting depth, string length) and SnakeYAML's code-point limit, which builds the tree with the
 * exact position of every key and value and rejects anchors, aliases, tags and a second document.
 *
 * <p>Duplicate keys are found while building the tree rather than with
 * {@code STRICT_DUPLICATE_DETECTION}: that feature stops the parser at the first duplicate, while
 * the tree builder reports each one (with the line of the first) and goes on, so every problem of a
 * file is reported at once. (With jackson-dataformat-yaml 2.21.2, SnakeYAML's
 * {@code LoaderOptions.setAllowDuplicateKeys(false)} does reach the parser, contrary to TECH-NOTES
 * §4: it throws "Duplicate field" at the first duplicate. It is left at its default for the same
 * reason.)
 */
public final class SafeYaml {

    /** Level files are a few KiB; anything near this is a mistake or an attack. */
    public static final int MAX_BYTES = 256 * 1024;
    /** Level files nest four deep (level, questions, a question, its choices); leave room for mistakes. */
    public static final int MAX_DEPTH = 20;

    private static final YAMLFactory FACTORY = makeFactory();

    private SafeYaml() {
    }

    private static YAMLFactory makeFactory() {
        LoaderOptions lo = new LoaderOptions();
        lo.setCodePointLimit(MAX_BYTES);
        lo.setNestingDepthLimit(MAX_DEPTH + 4);
        return YAMLFactory.builder()
                .loaderOptions(lo)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(64)
                        .maxStringLength(MAX_BYTES)
                        .maxNameLength(1024)
                        .maxDocumentLength(MAX_BYTES)
                        .build())
                .build();
    }

    /** The tree (null if the file could not be read or parsed at all), its text, and the problems. */
    public record Result(YamlNode root, String text, List<Problem> problems) {
        public boolean ok() {
            return root != null;
        }
    }

    /** Reads and parses a file; {@code name} is how problems name it. Never throws for bad content. */
    public static Result read(Path file, String name) {
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                return fail(name, Files.exists(file) ? "not a regular file" : "no such file");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                return fail(name, tooLarge(size));
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(MAX_BYTES + 1); // the file may have grown since size()
            }
        } catch (IOException e) {
            return fail(name, "cannot read the file: " + e.getMessage());
        }
        return parse(bytes, name);
    }

    /** Parses the bytes of a level file. */
    public static Result parse(byte[] bytes, String name) {
        if (bytes.length > MAX_BYTES) {
            return fail(name, tooLarge(bytes.length));
        }
        String text;
        try {
            text = decode(bytes);
        } catch (EncodingProblem e) {
            return new Result(null, null, List.of(Problem.at(name, e.loc, e.getMessage())));
        }
        if (text.isBlank()) {
            return new Result(null, text, List.of(Problem.at(name, Loc.NONE, "the file is empty")));
        }
        return new Builder(name, text).build();
    }

    private static String tooLarge(long size) {
        return String.format("file is too large (%s; a level file may be at most %d KiB)", humanSize(size),
                MAX_BYTES / 1024);
    }

    private static String humanSize(long size) {
        if (size >= 1024 * 1024) {
            return String.format("%.1f MiB", size / (1024.0 * 1024));
        }
        return String.format("%.1f KiB", size / 1024.0);
    }

    private static Result fail(String name, String message) {
        return new Result(null, null, List.of(Problem.at(name, Loc.NONE, message)));
    }

    // ------------------------------------------------------------------ bytes to text

    private static final class EncodingProblem extends Exception {
        final Loc loc;

        EncodingProblem(Loc loc, String message) {
            super(message, null, false, false);
            this.loc = loc;
        }
    }

    private static String decode(byte[] b) throws EncodingProblem {
        int start = 0;
        if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF) || startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
            throw new EncodingProblem(Loc.NONE, "file is UTF-32 (it starts with a UTF-32 byte-order mark); "
                    + "save it as UTF-8");
        }
        if (startsWith(b, 0xFE, 0xFF) || startsWith(b, 0xFF, 0xFE)) {
            throw new EncodingProblem(Loc.NONE, "file is UTF-16 (it starts with a UTF-16 byte-order mark); "
                    + "save it as UTF-8");
        }
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            start = 3; // a UTF-8 byte-order mark is harmless: skip it
        }
        for (int i = start; i < b.length; i++) {
            if (b[i] == 0) {
                if (looksUtf16(b, start)) {
                    throw new EncodingProblem(Loc.NONE, "file looks like UTF-16 without a byte-order mark "
                            + "(every other byte is 0); save it as UTF-8");
                }
                throw new EncodingProblem(Loc.NONE, "file is binary, not text (a NUL byte at offset " + i
                        + "); a level file is UTF-8 text");
            }
        }
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, start, b.length - start);
        CharBuffer out = CharBuffer.allocate(b.length);
        CoderResult r = dec.decode(in, out, true);
        if (r.isError()) {
            int offset = in.position();
            Loc loc = locOf(new String(b, start, offset - start, StandardCharsets.UTF_8));
            throw new EncodingProblem(loc, String.format("file is not valid UTF-8 (byte 0x%02x at offset %d); "
                    + "is it Latin-1 or Windows-1252? Save it as UTF-8", b[offset] & 0xff, offset));
        }
        r = dec.flush(out);
        if (r.isError()) {
            throw new EncodingProblem(Loc.NONE, "file is not valid UTF-8 (it ends in the middle of a character)");
        }
        out.flip();
        String text = out.toString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f
                    || (c >= 0x80 && c < 0xa0 && c != 0x85) || c == 0xfffe || c == 0xffff;
            if (control) {
                throw new EncodingProblem(locOf(text.substring(0, i)), String.format(
                        "file contains a control character (U+%04X); a level file is plain text", (int) c));
            }
        }
        return text;
    }

    /** Position just after the given prefix of the file. */
    private static Loc locOf(String prefix) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < prefix.length(); i++) {
            if (prefix.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Loc(line, prefix.codePointCount(lineStart, prefix.length()) + 1);
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksUtf16(byte[] b, int start) {
        int n = Math.min(b.length - start, 200) & ~1;
        if (n < 4) {
            return false;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i++) {
            if (b[start + i] == 0) {
                if (i % 2 == 0) {
                    evenZeros++;
                } else {
                    oddZeros++;
                }
            }
        }
        int half = n / 2;
        return evenZeros >= half * 0.8 || oddZeros >= half * 0.8;
    }

    // ------------------------------------------------------------------ text to tree

    /** Signals that building must stop; the problem is already recorded. */
    private static final class Stop extends Exception {
        Stop() {
            super(null, null, false, false);
        }
    }

    private static final class Builder {
        private final String name;
        private final String text;
        private final List<Problem> problems = new ArrayList<>();
        /** Code-point offset to char offset, only when the text has surrogate pairs. */
        private int[] cpToChar;
        private YAMLParser p;

        Builder(String name, String text) {
            this.name = name;
            this.text = text;
            if (text.codePointCount(0, text.length()) != text.length()) {
                cpToChar = new int[text.codePointCount(0, text.length()) + 1];
                int cp = 0;
                for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
                    cpToChar[cp++] = i;
                }
                cpToChar[cp] = text.length();
            }
        }

        Result build() {
            YamlNode root = null;
            try (YAMLParser parser = FACTORY.createParser(text)) {
                p = parser;
                JsonToken t = p.nextToken();
                if (t == null) {
                    problems.add(Problem.at(name, Loc.NONE, "the file has no content (only comments?)"));
                    return new Result(null, text, problems);
                }
                root = node(t, "", 0);
                JsonToken extra = p.nextToken();
                if (extra != null) {
                    problems.add(Problem.at(name, loc(p.currentTokenLocation()),
                            "a level file holds one YAML document, but a second one starts here (after '---')"));
                    root = null;
                }
            } catch (Stop s) {
                root = null;
            } catch (StreamConstraintsException e) {
                problems.add(Problem.at(name, loc(e.getLocation()), constraintMessage(e)));
                root = null;
            } catch (JsonProcessingException e) {
                problems.add(syntaxProblem(e));
                root = null;
            } catch (IOException | RuntimeException e) {
                problems.add(Problem.at(name, Loc.NONE, "cannot parse the file as YAML: " + e.getMessage()));
                root = null;
            }
            return new Result(root, text, problems);
        }

        private YamlNode node(JsonToken t, String pointer, int depth) throws IOException, Stop {
            Loc loc = loc(p.currentTokenLocation());
            checkProperties(loc);
            switch (t) {
                case START_OBJECT -> {
                    checkDepth(depth, loc);
                    List<YamlNode.Entry> entries = new ArrayList<>();
                    Map<String, Loc> seen = new HashMap<>();
                    JsonToken k;
                    while ((k = p.nextToken()) != JsonToken.END_OBJECT) {
                        if (k != JsonToken.FIELD_NAME) {
                            throw new IllegalStateException("unexpected " + k + " in a mapping");
                        }
                        String key = p.currentName();
                        Loc keyLoc = loc(p.currentTokenLocation());
                        checkProperties(keyLoc);
                        YamlNode value = node(p.nextToken(), pointer + "/" + YamlNode.segment(key), depth + 1);
                        Loc first = seen.putIfAbsent(key, keyLoc);
                        if (first != null) {
                            problems.add(Problem.at(name, keyLoc, "duplicate key '" + key + "' (first at line "
                                    + first.line() + "); a key may appear once in a mapping"));
                        } else {
                            entries.add(new YamlNode.Entry(key, keyLoc, value));
                        }
                    }
                    return new YamlNode.Mapping(List.copyOf(entries), loc, pointer);
                }
                case START_ARRAY -> {
                    checkDepth(depth, loc);
                    List<YamlNode> items = new ArrayList<>();
                    JsonToken i;
                    while ((i = p.nextToken()) != JsonToken.END_ARRAY) {
                        items.add(node(i, pointer + "/" + items.size(), depth + 1));
                    }
                    return new YamlNode.Sequence(List.copyOf(items), loc, pointer);
                }
                default -> {
                    if (!t.isScalarValue()) {
                        throw new IllegalStateException("unexpected " + t);
                    }
                    String value = p.getText();
                    char first = charAtToken();
                    YamlNode.Style style = switch (first) {
                        case '"' -> YamlNode.Style.DOUBLE_QUOTED;
                        case '\'' -> YamlNode.Style.SINGLE_QUOTED;
                        case '|' -> YamlNode.Style.LITERAL;
                        case '>' -> YamlNode.Style.FOLDED;
                        default -> YamlNode.Style.PLAIN;
                    };
                    boolean isNull = t == JsonToken.VALUE_NULL;
                    boolean isBool = t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE;
                    return new YamlNode.Scalar(value == null ? "" : value, style, isNull, isBool, loc, pointer);
                }
            }
        }

        private void checkDepth(int depth, Loc loc) throws Stop {
            if (depth >= MAX_DEPTH) {
                problems.add(Problem.at(name, loc, "the file nests more than " + MAX_DEPTH
                        + " levels deep; a level file needs four"));
                throw new Stop();
            }
        }

        /** Anchors, aliases and tags are rejected: they are never needed, and aliases are not resolved. */
        private void checkProperties(Loc loc) throws IOException, Stop {
            char c = charAtToken();
            if (p.isCurrentAlias() || p.getObjectId() != null || c == '&' || c == '*') {
                problems.add(Problem.at(name, loc, "anchors and aliases (&x, *x) are not allowed in level files; "
                        + "write the value out"));
                throw new Stop();
            }
            if (c == '!' || p.getTypeId() != null) {
                problems.add(Problem.at(name, loc, "YAML tags (!!str, !x) are not allowed in level files; "
                        + "quote the value instead"));
                throw new Stop();
            }
        }

        /** The character of the file where the current token starts. */
        private char charAtToken() {
            long cp = p.currentTokenLocation().getCharOffset();
            if (cp < 0) {
                return 0;
            }
            int off;
            if (cpToChar == null) {
                off = (int) cp;
            } else {
                off = cp < cpToChar.length ? cpToChar[(int) cp] : text.length();
            }
            return off < text.length() ? text.charAt(off) : 0;
        }

        private Loc loc(JsonLocation l) {
            if (l == null || l.getLineNr() < 1) {
                return Loc.NONE;
            }
            return new Loc(l.getLineNr(), Math.max(1, l.getColumnNr()));
        }

        private String constraintMessage(StreamConstraintsException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("nesting depth")) {
                return "the file nests too deeply (more than " + MAX_DEPTH + " levels); a level file needs four";
            }
            if (m.contains("length")) {
                return "a value in the file is too long (limit " + MAX_BYTES / 1024 + " KiB)";
            }
            return "the file exceeds a safety limit: " + m.lines().findFirst().orElse(m);
        }

        private Problem syntaxProblem(JsonProcessingException e) {
            Throwable c = e.getCause();
            while (c != null && !(c instanceof MarkedYAMLException) && c.getCause() != c) {
                c = c.getCause();
            }
            if (c instanceof MarkedYAMLException m) {
                Mark mark = m.getProblemMark() != null ? m.getProblemMark() : m.getContextMark();
                Loc loc = mark == null ? Loc.NONE : new Loc(mark.getLine() + 1, mark.getColumn() + 1);
                String problem = cleanSnakeText(m.getProblem());
                StringBuilder msg = new StringBuilder("YAML syntax: ").append(problem);
                if (m.getContext() != null && m.getContextMark() != null && m.getProblemMark() != null
                        && m.getContextMark().getLine() != m.getProblemMark().getLine()) {
                    msg.append(" (").append(cleanSnakeText(m.getContext())).append(" that starts at line ")
                            .append(m.getContextMark().getLine() + 1).append(", column ")
                            .append(m.getContextMark().getColumn() + 1).append(')');
                } else if (m.getContext() != null && !problem.contains("tab")) {
                    msg.append(" (").append(cleanSnakeText(m.getContext())).append(')');
                }
                return Problem.at(name, loc, msg.toString());
            }
            String first = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("");
            if (first.startsWith("Expected a field name")) {
                first = "a key must be plain text, not a list or a mapping";
            }
            return Problem.at(name, loc(e.getLocation()), "YAML syntax: " + first);
        }

        private static String cleanSnakeText(String s) {
            if (s == null) {
                return "";
            }
            if (s.contains("\\t(TAB)") && s.contains("indentation")) {
                return "a tab cannot be used for indentation; indent with spaces";
            }
            String out = s.replace("\\t(TAB)", "a tab").strip();
            if (out.equals("mapping values are not allowed here")) {
                out += " (is a key indented wrongly, or does a plain value contain ': '? quote it)";
            }
            return out;
        }
    }
}
