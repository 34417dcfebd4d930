package heapquest.progress;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SaveFileTest {
    private final SaveFile codec = new SaveFile();

    static byte[] resource(String name) throws IOException {
        try (InputStream in = SaveFileTest.class.getResourceAsStream("/progress/" + name)) {
            assertNotNull(in, "missing test resource " + name);
            return in.readAllBytes();
        }
    }

    private Profile decode(String json) throws UnreadableSaveException {
        return codec.decode(json.getBytes(StandardCharsets.UTF_8), "alice").profile();
    }

    private String reason(String json) {
        return assertThrows(UnreadableSaveException.class, () -> decode(json)).reason();
    }

    @Test
    void roundTripOfAProfileWithEveryField() throws Exception {
        Profile full = Fixtures.full("alice");
        SaveFile.Decoded decoded = codec.decode(codec.encode(full), "alice");
        assertEquals(full, decoded.profile());
        assertFalse(decoded.migrated());
    }

    @Test
    void theFormatIsExactlyTheDocumentedOne() throws Exception {
        // The golden file pins key order, indentation, line ends and value formats.
        byte[] golden = resource("v2-full.json");
        assertEquals(new String(golden, StandardCharsets.UTF_8),
                new String(codec.encode(Fixtures.full("alice")), StandardCharsets.UTF_8));
        assertEquals(Fixtures.full("alice"), codec.decode(golden, "alice").profile());
    }

    @Test
    void encodingIsStable() throws Exception {
        byte[] once = codec.encode(Fixtures.full("alice"));
        byte[] twice = codec.encode(codec.decode(once, "alice").profile());
        assertArrayEquals(once, twice);
        String text = new String(once, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("{\n  \"schemaVersion\": 2,\n  \"name\": \"alice\",\n"), text);
        assertTrue(text.endsWith("}\n"));
        assertFalse(text.contains("\r"));
    }

    @Test
    void theFileNameNamesTheProfile() throws Exception {
        byte[] alices = codec.encode(Fixtures.full("alice"));
        assertEquals(Fixtures.full("bob"), codec.decode(alices, "bob").profile());
        assertEquals("alice", decode("{\"schemaVersion\": 2}").name());
    }

    @Test
    void unknownFieldsAreIgnoredAndKnownDataKept() throws Exception {
        Profile p = decode("{\"schemaVersion\": 2, \"theme\": {\"dark\": true}, \"levels\": {\"l1\": "
                + "{\"state\": \"DONE\", \"stars\": 2, \"attempts\": 3, \"speedrun\": [1, 2]}}, "
                + "\"concepts\": {\"gc\": {\"asked\": 4, \"rightFirstTime\": 1, \"mastery\": 0.99, \"trend\": \"up\"}}}");
        assertEquals(new LevelProgress(LevelState.DONE, 0, 0, 0, 0, 0, 3, 2, null, null, null, null), p.level("l1"));
        // mastery in the file is ignored: it is always computed from the counts
        assertEquals(new ConceptStats(4, 1), p.concept("gc"));
        assertEquals(2.0 / 6, p.concept("gc").mastery(), 1e-12);
        assertFalse(new String(codec.encode(p), StandardCharsets.UTF_8).contains("theme"));
    }

    @Test
    void missingOrNullFieldsTakeTheirEmptyValue() throws Exception {
        Profile p = decode("{\"schemaVersion\": 2, \"levels\": {\"l1\": {\"state\": \"IN_PROGRESS\", "
                + "\"step\": null}}, \"concepts\": null}");
        assertEquals(new LevelProgress(LevelState.IN_PROGRESS, 0, 0, 0, 0, 0, 0, 0, null, null, null, null),
                p.level("l1"));
        assertTrue(p.concepts().isEmpty());
        assertTrue(p.quizzes().isEmpty());
    }

    @Test
    void levelIdsAndConceptNamesAreKeptAsTheyAre() throws Exception {
        Profile p = Profile.empty("alice")
                .answer("no/longer exists é", java.util.List.of("\"quoted\" concept", "~slash/"), true, false,
                        Fixtures.T0);
        assertEquals(p, codec.decode(codec.encode(p), "alice").profile());
    }

    @Test
    void wrongValuesAreReportedWithPathAndPosition() {
        assertEquals("wrong value for levels.l1.stars at line 3, column 36 (expected a whole number)",
                reason("{\"schemaVersion\": 2,\n \"levels\": {\n  \"l1\": {\"state\": \"DONE\", \"stars\": \"three\"}}}"));
        assertEquals("wrong value for levels.l1 at line 3, column 9 (stars must be 0..3, got 7)",
                reason("{\"schemaVersion\": 2,\n \"levels\": {\n  \"l1\": {\"state\": \"DONE\", \"stars\": 7}}}"));
        assertEquals("wrong value for levels.l1.state at line 1, column 49 "
                        + "(expected one of NOT_STARTED, IN_PROGRESS, DONE)",
                reason("{\"schemaVersion\": 2, \"levels\": {\"l1\": {\"state\": \"FINISHED\"}}}"));
        assertEquals("wrong value for quizzes[0].date at line 1, column 43 "
                        + "(expected an ISO-8601 instant such as \"2026-11-25T10:15:00Z\")",
                reason("{\"schemaVersion\": 2, \"quizzes\": [{\"date\": \"yesterday\"}]}"));
        assertEquals("invalid content (no value for \"l1\")",
                reason("{\"schemaVersion\": 2, \"levels\": {\"l1\": null}}"));
    }

    @Test
    void noCoercionOfWrongTypes() {
        assertTrue(reason("{\"schemaVersion\": 2, \"levels\": {\"l\": {\"state\": \"DONE\", \"stars\": 1, "
                + "\"attempts\": 2.5}}}").startsWith("wrong value for levels.l.attempts"));
        assertTrue(reason("{\"schemaVersion\": 2, \"levels\": {\"l\": {\"state\": \"DONE\", \"stars\": 1, "
                + "\"attempts\": \"2\"}}}").startsWith("wrong value for levels.l.attempts"));
        assertTrue(reason("{\"schemaVersion\": 2, \"levels\": {\"l\": {\"state\": 1}}}")
                .startsWith("wrong value for levels.l.state"));
        assertTrue(reason("{\"schemaVersion\": 2, \"levels\": []}").startsWith("wrong value for levels"));
        assertTrue(reason("{\"schemaVersion\": 2, \"quizzes\": {}}").startsWith("wrong value for quizzes"));
    }

    @Test
    void structuralProblems() {
        assertEquals("the file is empty", reason(""));
        assertEquals("the file is empty", reason(" \n\t"));
        assertEquals("the file holds only zero bytes", reason("\0\0\0\0"));
        assertEquals("truncated JSON at line 2, column 13", reason("{\"schemaVersion\": 2,\n \"levels\": {"));
        assertEquals("truncated JSON at line 1, column 25", reason("{\"schemaVersion\": 2, \"na"));
        assertEquals("not valid JSON at line 1, column 1", reason("hello"));
        assertEquals("not valid JSON at line 1, column 22", reason("{\"schemaVersion\": 2} {}"));
        assertEquals("not valid JSON at line 1, column 41: a key appears twice",
                reason("{\"schemaVersion\": 2, \"name\": \"a\", \"name\": \"b\"}"));
        assertEquals("expected a JSON object, found an array", reason("[]"));
        assertEquals("expected a JSON object, found a string", reason("\"alice\""));
        assertEquals("it has no schemaVersion", reason("{\"levels\": {}}"));
        assertEquals("schemaVersion is not a whole number", reason("{\"schemaVersion\": \"2\"}"));
        assertEquals("it was saved by a newer version of heapquest (save format 3; this version reads formats up to 2)",
                reason("{\"schemaVersion\": 3}"));
        assertEquals("unknown save format 0", reason("{\"schemaVersion\": 0}"));
        assertEquals("unknown save format (\"version\": 7, no schemaVersion)", reason("{\"version\": 7}"));
    }

    @Test
    void instantsAreIsoStrings() throws Exception {
        QuizResult q = new QuizResult(java.time.Instant.parse("2026-01-02T03:04:05.678901Z"), 1, 0, 0, Map.of());
        Profile p = Profile.empty("alice").quiz(q);
        String text = new String(codec.encode(p), StandardCharsets.UTF_8);
        assertTrue(text.contains("\"date\": \"2026-01-02T03:04:05.678901Z\""), text);
        assertEquals(p, codec.decode(codec.encode(p), "alice").profile());
    }
}
