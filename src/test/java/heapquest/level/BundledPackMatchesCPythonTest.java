package heapquest.level;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every bundled level's answers are the ones CPython 3.11 gives. bench/gen-level-answers.sh runs
 * each level's program under real CPython (src/test/resources/levels/cpython_check.py) and records
 * its answers in src/test/resources/level-answers/CHAPTER/NAME.json, with a hash of the program
 * and the questions; this test needs no python3: it checks that each record is there and still
 * describes its level, and that the engine accepts every answer CPython gave. Absolute ids and
 * {@code freed} answers cannot be compared automatically; the record lists them as checked by hand.
 */
class BundledPackMatchesCPythonTest {

    private static final Path LEVELS = Fixtures.root().resolve("levels");
    private static final Path RECORDS = Fixtures.root().resolve("src/test/resources/level-answers");
    private static final String RERUN = "run bench/gen-level-answers.sh ";
    /** Must match HASH_VERSION in cpython_check.py. */
    private static final String HASH_VERSION = "heapquest-level-answers 1";
    /** Must match COLLECTOR_STATS in cpython_check.py. */
    private static final Pattern COLLECTOR_STATS = Pattern.compile("\\bget_(count|objects|referrers|referents|stats)\\b");

    @Test
    void everyBundledLevelAnswersAsCPythonDoes() throws IOException {
        LevelPack pack = LevelPack.load(LEVELS);
        assertFalse(pack.levels().isEmpty(), "the pack has levels");
        Validator.Report report = new Validator().validate(List.of(LEVELS));
        List<String> failures = new ArrayList<>();
        for (Solution s : report.solutions()) {
            failures.addAll(compare(s));
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " disagreement(s) with CPython:\n" + String.join("\n", failures));
        }
    }

    @Test
    void theRecordsAreThoseOfBundledLevels() throws IOException {
        Set<Path> expected = new HashSet<>();
        for (Level l : LevelPack.load(LEVELS).levels()) {
            expected.add(recordOf(l));
        }
        try (var files = Files.walk(RECORDS)) {
            List<Path> stale = files.filter(p -> p.toString().endsWith(".json"))
                    .filter(p -> !expected.contains(p)).sorted().toList();
            assertEquals(List.of(), stale, "records without a level: " + RERUN + "(with no arguments) to drop them");
        }
    }

    private static List<String> compare(Solution s) throws IOException {
        Level level = s.level();
        Path record = recordOf(level);
        String file = LEVELS.relativize(level.sourceFile()).toString();
        if (!Files.exists(record)) {
            return List.of(file + ": no CPython answers recorded (" + RERUN + "levels/" + file + ")");
        }
        JsonNode json = new ObjectMapper().readTree(record.toFile());
        if (!hash(level).equals(json.path("hash").asText())) {
            return List.of(file + ": the level changed since CPython's answers were recorded ("
                    + RERUN + "levels/" + file + ")");
        }
        List<String> out = new ArrayList<>();
        JsonNode answers = json.path("answers");
        JsonNode byHand = json.path("byHand");
        for (Question q : level.questions()) {
            String where = file + " question '" + q.id() + "'";
            if (byHand.has(q.id())) {
                if (!mayBeCheckedByHand(q) || byHand.get(q.id()).asText().isBlank()) {
                    out.add(where + ": only absolute ids, freed questions and the collector's counts may be "
                            + "checked by hand");
                }
                continue;
            }
            if (!answers.has(q.id())) {
                out.add(where + ": no CPython answer recorded (" + RERUN + "levels/" + file + ")");
                continue;
            }
            String cpython = answers.get(q.id()).asText();
            Solved solved = s.question(q.id()).orElse(null);
            if (solved == null) {
                out.add(where + ": the engine gives no answer");
            } else if (!solved.check(cpython)) {
                out.add(where + ": CPython answers " + show(cpython) + " but the engine " + show(solved.answer().display()));
            }
        }
        return out;
    }

    /**
     * What cpython_check.py cannot compare: addresses differ between CPython and the engine, frees are
     * not an expression's value, and the tracer's own objects change the collector's counts.
     */
    private static boolean mayBeCheckedByHand(Question q) {
        return q.kind() == QuestionKind.FREED || q.kind() == QuestionKind.ID && !q.changes()
                || q.exprs().stream().anyMatch(e -> COLLECTOR_STATS.matcher(e).find());
    }

    private static String show(String answer) {
        return answer.contains("\n") ? "\n    " + answer.replace("\n", "\n    ") + "\n" : "'" + answer + "'";
    }

    private static Path recordOf(Level level) {
        Path rel = LEVELS.relativize(level.sourceFile());
        String name = rel.getFileName().toString().replaceFirst("\\.ya?ml$", ".json");
        return RECORDS.resolve(rel).resolveSibling(name);
    }

    /** The hash cpython_check.py writes: the program and each question's point and expressions. */
    static String hash(Level level) {
        List<String> parts = new ArrayList<>();
        parts.add(HASH_VERSION);
        parts.add(level.program().text());
        for (Question q : level.questions()) {
            List<String> fields = new ArrayList<>(List.of(q.id(), q.kind().key, q.marker(), q.timing().key,
                    Integer.toString(q.occurrence()), Boolean.toString(q.changes())));
            fields.addAll(q.exprs());
            parts.add(String.join("\u001f", fields));
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\u0000", parts).getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
