package heapquest.level;

import heapquest.level.YamlNode.Mapping;
import heapquest.level.YamlNode.Scalar;
import heapquest.level.YamlNode.Sequence;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a level file into a {@link Level}, checking it against the format as it goes and collecting
 * every problem with its exact position (not only the first). The YAML is read by {@link SafeYaml}
 * into a tree that knows where each key and value is; the format is then checked here by hand, which
 * gives better messages than data binding (did-you-mean for misspelt keys and kinds, the containing
 * object's position for a missing key, the marker list for an unknown marker) and lets one bad
 * question not hide the problems of the others.
 *
 * <p>A level is returned whenever the file is usable at all; questions with problems are left out
 * of it, so the checker can still check the rest. Whether the engine agrees with the level (the
 * program runs, the expressions evaluate, {@code expect:} holds) is the {@link Checker}'s job.
 */
public final class LevelLoader {

    /** The level (null when the file is unusable) and every problem found. */
    public record Loaded(Level level, List<Problem> problems) {
        public boolean ok() {
            return level != null && problems.isEmpty();
        }
    }

    /** A chapter.yaml: title, optional order and summary. */
    public record ChapterInfo(String title, Integer order, String summary, List<Problem> problems) {}

    private LevelLoader() {
    }

    /** Loads a level file; {@code name} is how problems name the file, {@code chapter} its chapter id. */
    public static Loaded load(Path file, String name, String chapter) {
        SafeYaml.Result r = SafeYaml.read(file, name);
        return fromYaml(r, file, name, chapter);
    }

    /** Loads a level from bytes (tests, or a file already read). */
    public static Loaded parse(byte[] bytes, String name, String chapter) {
        return fromYaml(SafeYaml.parse(bytes, name), Path.of(name), name, chapter);
    }

    private static Loaded fromYaml(SafeYaml.Result r, Path file, String name, String chapter) {
        if (!r.ok()) {
            return new Loaded(null, r.problems());
        }
        Ctx c = new Ctx(name, r.text());
        c.problems.addAll(r.problems());
        c.record(r.root());
        Level level = c.level(r.root(), file, chapter);
        c.problems.sort(null);
        return new Loaded(level, List.copyOf(c.problems));
    }

    /** Loads a chapter.yaml. */
    public static ChapterInfo loadChapter(Path file, String name) {
        SafeYaml.Result r = SafeYaml.read(file, name);
        if (!r.ok()) {
            return new ChapterInfo(null, null, null, r.problems());
        }
        Ctx c = new Ctx(name, r.text());
        c.problems.addAll(r.problems());
        if (!(r.root() instanceof Mapping m)) {
            c.add(r.root().loc(), "chapter.yaml must be a mapping with a title (and optionally order and summary)");
            return new ChapterInfo(null, null, null, c.problems);
        }
        c.keys(m, LevelSchema.CHAPTER_KEYS, List.of(), "");
        c.required(m, LevelSchema.CHAPTER_REQUIRED, "", "chapter.yaml");
        String title = c.text(m, "title", "", true);
        String summary = c.text(m, "summary", "", false);
        Integer order = c.positiveInt(m, "order", "").orElse(null);
        c.problems.sort(null);
        return new ChapterInfo(title, order, summary, List.copyOf(c.problems));
    }

    // ------------------------------------------------------------------ checking, with positions

    private static final class Ctx {
        final String file;
        final String[] rawLines;
        final List<Problem> problems = new ArrayList<>();
        final Map<String, Loc> values = new HashMap<>();
        final Map<String, Loc> keyLocs = new HashMap<>();

        Ctx(String file, String raw) {
            this.file = file;
            this.rawLines = raw.split("\r?\n", -1);
        }

        void add(Loc loc, String message) {
            problems.add(Problem.at(file, loc, message));
        }

        /** Remembers where every node and key is, for messages from later checks. */
        void record(YamlNode n) {
            values.put(n.pointer(), n.loc());
            if (n instanceof Mapping m) {
                for (YamlNode.Entry e : m.entries()) {
                    keyLocs.put(e.value().pointer(), e.keyLoc());
                    record(e.value());
                }
            } else if (n instanceof Sequence s) {
                s.items().forEach(this::record);
            }
        }

        // -------------------------------------------------------------- the level

        Level level(YamlNode root, Path path, String chapter) {
            if (!(root instanceof Mapping m)) {
                add(root.loc(), "a level file must be a mapping of keys (" + String.join(", ", LevelSchema.LEVEL_KEYS)
                        + "), not " + root.describe());
                return null;
            }
            keys(m, LevelSchema.LEVEL_KEYS, LevelSchema.QUESTION_KEYS, "");
            required(m, LevelSchema.LEVEL_REQUIRED, "", "the level");

            String id = text(m, "id", "", true);
            if (id != null) {
                checkId(id, m.get("id").get().loc(), LevelSchema.LEVEL_ID,
                        "level id '" + id + "' must be lowercase words joined by '-' (like 'rebinding-ints')", "");
            }
            String title = text(m, "title", "", true);
            if (title != null) {
                if (title.contains("\n")) {
                    add(m.get("title").get().loc(), "'title' must fit on one line");
                } else if (title.length() > LevelSchema.MAX_TITLE_LENGTH) {
                    add(m.get("title").get().loc(), "'title' is " + title.length() + " characters long; keep it under "
                            + LevelSchema.MAX_TITLE_LENGTH);
                }
            }
            List<String> concepts = concepts(m);
            String lesson = text(m, "lesson", "", true);
            Program program = program(m);
            List<Question> questions = questions(m, program);
            if (id == null || title == null || program == null) {
                return null;
            }
            return new Level(id, title, chapter == null ? "" : chapter, concepts, lesson == null ? "" : lesson,
                    program, questions, path, new SourceMap(file, values, keyLocs));
        }

        private List<String> concepts(Mapping m) {
            List<String> out = new ArrayList<>();
            Optional<YamlNode> n = m.get("concepts");
            if (n.isEmpty()) {
                return out;
            }
            if (!(n.get() instanceof Sequence s)) {
                add(n.get().loc(), "'concepts' must be a list of tags, like [ids, rebinding]");
                return out;
            }
            if (s.items().isEmpty()) {
                add(s.loc(), "'concepts' is empty; list what the level teaches (" + conceptList() + ")");
            }
            for (YamlNode item : s.items()) {
                if (!(item instanceof Scalar sc) || sc.isNull()) {
                    add(item.loc(), "each concept must be a tag (" + conceptList() + ")");
                    continue;
                }
                String c = sc.text().strip();
                if (!LevelSchema.CONCEPTS.contains(c)) {
                    add(item.loc(), "unknown concept '" + c + "'" + DidYouMean.suggest(c, LevelSchema.CONCEPTS)
                            .map(x -> " (did you mean '" + x + "'?)").orElse(" (concepts: " + conceptList() + ")"));
                } else if (out.contains(c)) {
                    add(item.loc(), "concept '" + c + "' is listed twice");
                } else {
                    out.add(c);
                }
            }
            return out;
        }

        private static String conceptList() {
            return String.join(", ", LevelSchema.CONCEPTS);
        }

        // -------------------------------------------------------------- the program

        private Program program(Mapping m) {
            Optional<YamlNode> n = m.get("program");
            if (n.isEmpty()) {
                return null;
            }
            if (!(n.get() instanceof Scalar s) || s.style() != YamlNode.Style.LITERAL) {
                add(n.get().loc(), "'program' must be a literal block: write 'program: |' and the Python code "
                        + "indented on the lines below it");
                return null;
            }
            if (s.text().isBlank()) {
                add(s.loc(), "'program' is empty");
                return null;
            }
            int headerLine = s.loc().line();
            String header = headerLine <= rawLines.length ? rawLines[headerLine - 1] : "";
            int at = Math.min(Math.max(0, s.loc().col() - 1), header.length());
            String indicator = header.substring(at).split("[\\s#]", 2)[0];
            int explicit = 0;
            for (char ch : indicator.toCharArray()) {
                if (Character.isDigit(ch)) {
                    explicit = ch - '0';
                }
            }
            int indent;
            if (explicit > 0) {
                Loc keyLoc = keyLocs.getOrDefault("/program", new Loc(1, 1));
                indent = keyLoc.col() - 1 + explicit;
            } else {
                indent = 0;
                for (int i = headerLine; i < rawLines.length; i++) {
                    String l = rawLines[i];
                    if (!l.isBlank()) {
                        indent = l.length() - l.stripLeading().length();
                        break;
                    }
                }
            }
            Markers.Result markers = Markers.scan(s.text());
            Program program = new Program(s.text(), headerLine + 1, indent, markers.markers());
            for (Markers.Issue i : markers.issues()) {
                add(program.fileLoc(i.line(), i.col()), i.message());
            }
            invalidMarkers.addAll(markers.invalid());
            markerListing = markers.listing();
            return program;
        }

        private final Set<String> invalidMarkers = new HashSet<>();
        private String markerListing = "";

        // -------------------------------------------------------------- questions

        private List<Question> questions(Mapping m, Program program) {
            List<Question> out = new ArrayList<>();
            Optional<YamlNode> n = m.get("questions");
            if (n.isEmpty()) {
                return out;
            }
            if (!(n.get() instanceof Sequence s)) {
                add(n.get().loc(), "'questions' must be a list of questions (each starting with '- id: ...')");
                return out;
            }
            if (s.items().isEmpty()) {
                add(s.loc(), "'questions' is empty; a level asks at least one question");
            }
            Map<String, Loc> ids = new LinkedHashMap<>();
            int index = 0;
            for (YamlNode item : s.items()) {
                index++;
                Question q = question(item, index, program, ids);
                if (q != null) {
                    out.add(q);
                }
            }
            return out;
        }

        private Question question(YamlNode node, int index, Program program, Map<String, Loc> ids) {
            if (!(node instanceof Mapping q)) {
                add(node.loc(), "question " + index + " must be a mapping (id, kind, marker, ...), not " + node.describe());
                return null;
            }
            int before = problems.size();
            String id = q.get("id").filter(v -> v instanceof Scalar sc && !sc.isNull())
                    .map(v -> ((Scalar) v).text().strip()).orElse(null);
            String who = id != null ? "question '" + id + "': " : "question " + index + ": ";

            keys(q, LevelSchema.QUESTION_KEYS, LevelSchema.LEVEL_KEYS, who);
            required(q, LevelSchema.QUESTION_REQUIRED, who, "a question");
            if (id != null) {
                Loc idLoc = q.get("id").get().loc();
                if (checkId(id, idLoc, LevelSchema.QUESTION_ID, who + "id '" + id
                        + "' must be letters, digits, '-' and '_' (like 'q1' or 'after-del')", who)) {
                    Loc first = ids.putIfAbsent(id, idLoc);
                    if (first != null) {
                        add(idLoc, "duplicate question id '" + id + "' (first at line " + first.line() + ")");
                    }
                }
            } else if (q.get("id").isPresent()) {
                text(q, "id", who, true);
            }

            QuestionKind kind = null;
            String kindText = text(q, "kind", who, true);
            if (kindText != null) {
                kind = QuestionKind.byKey(kindText.strip()).orElse(null);
                if (kind == null) {
                    add(q.get("kind").get().loc(), who + "unknown kind '" + kindText + "'"
                            + DidYouMean.suggest(kindText.strip(), QuestionKind.keys())
                            .map(x -> " (did you mean '" + x + "'?)")
                            .orElse(" (kinds: " + String.join(", ", QuestionKind.keys()) + ")"));
                }
            }

            String marker = null;
            String markerText = text(q, "marker", who, true);
            if (markerText != null) {
                Loc loc = q.get("marker").get().loc();
                marker = markerText.strip();
                if (marker.startsWith("@")) {
                    marker = marker.substring(1);
                }
                if (!LevelSchema.MARKER_NAME.matcher(marker).matches()) {
                    add(loc, who + "marker '" + markerText + "' is not a marker name (write the name used after '@' in "
                            + "the program, like 'start')");
                    marker = null;
                } else if (program != null && !program.markers().containsKey(marker)) {
                    String hint = DidYouMean.suggest(marker, program.markers().keySet())
                            .map(x -> "did you mean '@" + x + "'? ").orElse("");
                    add(loc, who + "marker '@" + marker + "' is not in the program (" + hint + markerListing + ")");
                    marker = null;
                } else if (invalidMarkers.contains(marker)) {
                    marker = null; // already reported where it is
                }
            }

            Timing timing = null;
            String timingText = text(q, "timing", who, false);
            if (timingText != null) {
                timing = Timing.byKey(timingText.strip()).orElse(null);
                if (timing == null) {
                    add(q.get("timing").get().loc(), who + "timing must be 'before' or 'after', not '" + timingText + "'");
                }
            }

            int occurrence = positiveInt(q, "occurrence", who).orElse(1);

            boolean changes = bool(q, "changes", who).orElse(false);
            String formatText = text(q, "format", who, false);
            boolean hex = true;
            if (formatText != null) {
                if (!LevelSchema.ID_FORMATS.contains(formatText.strip())) {
                    add(q.get("format").get().loc(), who + "format must be 'hex' (hex(id(x))) or 'decimal' (id(x)), not '"
                            + formatText + "'");
                } else {
                    hex = formatText.strip().equals("hex");
                }
            }

            List<String> exprs = new ArrayList<>();
            String expr = text(q, "expr", who, false);
            List<String> pair = exprList(q, who);

            String prompt = text(q, "prompt", who, false);
            String hint = text(q, "hint", who, false);
            String explain = text(q, "explain", who, false);
            Choices choices = choices(q, who);
            String expect = expect(q, who, kind);

            if (kind != null) {
                Loc kindLoc = q.get("kind").get().loc();
                switch (kind.arity) {
                    case 1 -> {
                        if (q.get("exprs").isPresent()) {
                            add(q.entry("exprs").get().keyLoc(), who + "'" + kind.key
                                    + "' questions take one expression: use 'expr', not 'exprs'");
                        }
                        if (q.get("expr").isEmpty()) {
                            add(kindLoc, who + "'" + kind.key + "' questions need 'expr' (the Python expression asked about)");
                        } else if (expr != null) {
                            exprs.add(expr.strip());
                        }
                    }
                    case 2 -> {
                        if (q.get("expr").isPresent()) {
                            add(q.entry("expr").get().keyLoc(), who + "'same' questions compare two expressions: "
                                    + "use 'exprs: [a, b]', not 'expr'");
                        }
                        if (q.get("exprs").isEmpty()) {
                            add(kindLoc, who + "'same' questions need 'exprs: [a, b]' (the two expressions compared)");
                        } else if (pair != null) {
                            exprs.addAll(pair);
                        }
                    }
                    default -> {
                        final QuestionKind kk = kind;
                        for (String k : List.of("expr", "exprs")) {
                            q.entry(k).ifPresent(e -> add(e.keyLoc(), who + "'" + kk.key
                                    + "' questions are about the whole line; remove '" + k + "'"));
                        }
                    }
                }
                if (kind != QuestionKind.ID) {
                    for (String k : List.of("changes", "format")) {
                        final QuestionKind kk = kind;
                        q.entry(k).ifPresent(e -> add(e.keyLoc(), who + "'" + k + "' only applies to 'id' questions, "
                                + "not '" + kk.key + "'"));
                    }
                } else if (changes) {
                    q.entry("format").ifPresent(e -> add(e.keyLoc(), who
                            + "'format' has no meaning with 'changes: true' (the answer is yes or no)"));
                    q.entry("timing").ifPresent(e -> add(e.keyLoc(), who
                            + "'timing' has no meaning with 'changes: true' (it compares before and after the line)"));
                }
                if (kind.aboutTheLine() && timing == Timing.BEFORE) {
                    add(q.get("timing").get().loc(), who + "'" + kind.key
                            + "' questions are about what happens while the line runs; 'timing: before' cannot apply "
                            + "(remove it)");
                }
                if (expect != null && !(kind == QuestionKind.FREED)) {
                    final QuestionKind kk = kind;
                    final boolean ch = changes;
                    Answer.formProblem(kind, changes, expect).ifPresent(msg -> add(q.get("expect").get().loc(),
                            who + "expect " + msg + " for " + (kk == QuestionKind.ID && ch ? "'id' with 'changes'"
                                    : "a '" + kk.key + "' question") + ", not '" + expect + "'"));
                }
                if (choices instanceof Choices.Listed l && kind != QuestionKind.FREED && l.options().size() < 2) {
                    add(q.get("choices").get().loc(), who + "list at least two choices (or write 'choices: auto')");
                }
            }
            if (problems.size() > before || id == null || kind == null || marker == null) {
                return null;
            }
            Timing t = timing != null ? timing : kind.defaultTiming;
            if (kind == QuestionKind.ID && changes) {
                t = Timing.BEFORE;
            }
            return new Question(id, kind, marker, t, exprs, prompt, choices, hint, explain, expect, occurrence,
                    changes, hex, q.pointer());
        }

        private List<String> exprList(Mapping q, String who) {
            Optional<YamlNode> n = q.get("exprs");
            if (n.isEmpty()) {
                return null;
            }
            if (!(n.get() instanceof Sequence s) || s.items().size() != 2) {
                add(n.get().loc(), who + "'exprs' must be a list of exactly two expressions, like [a, b]");
                return null;
            }
            List<String> out = new ArrayList<>();
            for (YamlNode item : s.items()) {
                if (!(item instanceof Scalar sc) || sc.isNull() || sc.text().isBlank()) {
                    add(item.loc(), who + "each of 'exprs' must be a Python expression");
                    return null;
                }
                if (sc.text().strip().contains("\n")) {
                    add(item.loc(), who + "an expression must fit on one line");
                    return null;
                }
                out.add(sc.text().strip());
            }
            return out;
        }

        private Choices choices(Mapping q, String who) {
            Optional<YamlNode> n = q.get("choices");
            if (n.isEmpty()) {
                return Choices.FREE;
            }
            if (n.get() instanceof Scalar s && !s.isNull()) {
                if (s.text().strip().equals("auto")) {
                    return Choices.AUTO;
                }
                add(s.loc(), who + "'choices' must be 'auto' or a list of options, not '" + s.text() + "'");
                return Choices.FREE;
            }
            if (!(n.get() instanceof Sequence seq) || seq.items().isEmpty()) {
                add(n.get().loc(), who + "'choices' must be 'auto' or a non-empty list of options");
                return Choices.FREE;
            }
            List<String> options = new ArrayList<>();
            for (YamlNode item : seq.items()) {
                if (!(item instanceof Scalar sc) || sc.isNull()) {
                    add(item.loc(), who + "each choice must be text");
                    continue;
                }
                String o = sc.text().strip();
                if (options.contains(o)) {
                    add(item.loc(), who + "choice '" + o + "' is listed twice");
                } else {
                    options.add(o);
                }
            }
            return new Choices.Listed(options);
        }

        private String expect(Mapping q, String who, QuestionKind kind) {
            Optional<YamlNode> n = q.get("expect");
            if (n.isEmpty()) {
                return null;
            }
            YamlNode v = n.get();
            if (v instanceof Sequence s) {
                if (kind != QuestionKind.FREED) {
                    add(v.loc(), who + "expect must be a single answer, not a list"
                            + (kind == null ? "" : " (only 'freed' questions take a list)"));
                    return null;
                }
                List<String> labels = new ArrayList<>();
                for (YamlNode item : s.items()) {
                    if (!(item instanceof Scalar sc) || sc.isNull() || sc.text().isBlank()) {
                        add(item.loc(), who + "each object in expect must be a label, like a or lst[0]");
                        return null;
                    }
                    if (sc.text().contains(",")) {
                        add(item.loc(), who + "an object label cannot contain ','");
                        return null;
                    }
                    labels.add(sc.text().strip());
                }
                return String.join(", ", labels);
            }
            if (v instanceof Mapping) {
                add(v.loc(), who + "expect must be an answer, not a mapping");
                return null;
            }
            Scalar sc = (Scalar) v;
            if (sc.isNull()) {
                add(v.loc(), who + "expect is empty; write the answer you expect (or remove 'expect')");
                return null;
            }
            return kind == QuestionKind.OUTPUT ? sc.text() : sc.text().strip();
        }

        // -------------------------------------------------------------- generic checks

        /** Reports keys not in known, with a did-you-mean, or a hint when the key belongs elsewhere. */
        void keys(Mapping m, List<String> known, List<String> elsewhere, String who) {
            for (YamlNode.Entry e : m.entries()) {
                if (known.contains(e.key())) {
                    continue;
                }
                Optional<String> s = DidYouMean.suggest(e.key(), known);
                String msg;
                if (e.key().equals("<<")) {
                    msg = who + "merge keys ('<<') are not allowed in level files; write the keys out";
                } else if (s.isPresent()) {
                    msg = who + "unknown key '" + e.key() + "' (did you mean '" + s.get() + "'?)";
                } else if (elsewhere.contains(e.key())) {
                    msg = who + "unknown key '" + e.key() + "' here ('" + e.key() + "' belongs "
                            + (who.isEmpty() ? "in a question" : "at the top of the level, not in a question") + ")";
                } else {
                    msg = who + "unknown key '" + e.key() + "' (known keys: " + String.join(", ", known) + ")";
                }
                add(e.keyLoc(), msg);
            }
        }

        void required(Mapping m, List<String> required, String who, String what) {
            for (String k : required) {
                if (m.get(k).isEmpty()) {
                    add(m.loc(), who + "missing required key '" + k + "' in " + what);
                }
            }
        }

        /** The text of a scalar value; reports a list, mapping or empty value. */
        String text(Mapping m, String key, String who, boolean required) {
            Optional<YamlNode> n = m.get(key);
            if (n.isEmpty()) {
                return null;
            }
            if (n.get() instanceof Scalar s) {
                if (s.isNull() || (required && s.text().isBlank())) {
                    add(s.loc(), who + "'" + key + "' is empty");
                    return null;
                }
                return s.text();
            }
            add(n.get().loc(), who + "'" + key + "' must be text, not " + n.get().describe());
            return null;
        }

        Optional<Integer> positiveInt(Mapping m, String key, String who) {
            Optional<YamlNode> n = m.get(key);
            if (n.isEmpty()) {
                return Optional.empty();
            }
            if (n.get() instanceof Scalar s && !s.isNull() && s.text().strip().matches("\\d{1,6}")) {
                int v = Integer.parseInt(s.text().strip());
                if (v >= 1) {
                    return Optional.of(v);
                }
            }
            add(n.get().loc(), who + "'" + key + "' must be a whole number from 1 up"
                    + (n.get() instanceof Scalar s ? ", not '" + s.text() + "'" : ""));
            return Optional.empty();
        }

        Optional<Boolean> bool(Mapping m, String key, String who) {
            Optional<YamlNode> n = m.get(key);
            if (n.isEmpty()) {
                return Optional.empty();
            }
            if (n.get() instanceof Scalar s && !s.isNull()) {
                Optional<Boolean> b = switch (s.text().strip().toLowerCase(java.util.Locale.ROOT)) {
                    case "true", "yes" -> Optional.of(true);
                    case "false", "no" -> Optional.of(false);
                    default -> Optional.empty();
                };
                if (b.isPresent()) {
                    return b;
                }
            }
            add(n.get().loc(), who + "'" + key + "' must be true or false");
            return Optional.empty();
        }

        boolean checkId(String id, Loc loc, java.util.regex.Pattern pattern, String message, String who) {
            if (id.length() > LevelSchema.MAX_ID_LENGTH) {
                add(loc, who + "id is " + id.length() + " characters long; keep it under " + LevelSchema.MAX_ID_LENGTH);
                return false;
            }
            if (!pattern.matcher(id).matches()) {
                add(loc, message);
                return false;
            }
            return true;
        }
    }
}
