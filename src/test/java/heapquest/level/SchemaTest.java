package heapquest.level;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The published JSON Schemas are valid JSON and list exactly what the loader knows, so they cannot drift. */
class SchemaTest {

    private static JsonNode read(String name) throws IOException {
        Path p = Fixtures.root().resolve("docs").resolve(name);
        return new ObjectMapper().readTree(p.toFile());
    }

    private static List<String> names(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void levelSchemaListsTheLoadersKeys() throws IOException {
        JsonNode s = read("level-format.schema.json");
        assertEquals("https://json-schema.org/draft/2020-12/schema", s.get("$schema").asText());
        assertFalse(s.get("additionalProperties").asBoolean());
        assertEquals(LevelSchema.LEVEL_KEYS, names(s.get("properties")));
        assertEquals(LevelSchema.LEVEL_REQUIRED, strings(s.get("required")));
        assertEquals(LevelSchema.CONCEPTS, strings(s.at("/properties/concepts/items/enum")));

        JsonNode q = s.at("/$defs/question");
        assertFalse(q.get("additionalProperties").asBoolean());
        assertEquals(LevelSchema.QUESTION_KEYS, names(q.get("properties")));
        assertEquals(LevelSchema.QUESTION_REQUIRED, strings(q.get("required")));
        assertEquals(QuestionKind.keys(), strings(q.at("/properties/kind/enum")));
        assertEquals(LevelSchema.TIMINGS, strings(q.at("/properties/timing/enum")));
        assertEquals(LevelSchema.ID_FORMATS, strings(q.at("/properties/format/enum")));
        assertSamePattern(LevelSchema.LEVEL_ID, s.at("/properties/id/pattern").asText(),
                "rebinding-ints", "a", "x1-2", "Rebinding", "a--b", "-a", "a-", "a b", "");
        assertSamePattern(LevelSchema.QUESTION_ID, q.at("/properties/id/pattern").asText(),
                "q1", "after-del", "A_b", "-q", "q 1", "_q", "");
    }

    /** The schema's pattern (anchored) accepts exactly what the loader's pattern accepts, on samples. */
    private static void assertSamePattern(java.util.regex.Pattern loader, String schema, String... samples) {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile(schema);
        for (String sample : samples) {
            assertEquals(loader.matcher(sample).matches(), p.matcher(sample).find(), sample);
        }
    }

    @Test
    void everyKeyHasADescription() throws IOException {
        JsonNode s = read("level-format.schema.json");
        s.get("properties").forEach(p -> assertTrue(p.hasNonNull("description"), p.toString()));
        s.at("/$defs/question/properties").forEach(p -> assertTrue(p.hasNonNull("description"), p.toString()));
        read("chapter.schema.json").get("properties").forEach(p -> assertTrue(p.hasNonNull("description")));
    }

    @Test
    void chapterSchemaListsTheLoadersKeys() throws IOException {
        JsonNode c = read("chapter.schema.json");
        assertEquals(LevelSchema.CHAPTER_KEYS, names(c.get("properties")));
        assertEquals(LevelSchema.CHAPTER_REQUIRED, strings(c.get("required")));
        assertFalse(c.get("additionalProperties").asBoolean());
    }

    @Test
    void theReferenceDocumentsEveryKeyKindAndConcept() throws IOException {
        String doc = java.nio.file.Files.readString(Fixtures.root().resolve("docs/level-format.md"));
        for (String k : LevelSchema.LEVEL_KEYS) {
            assertTrue(doc.contains("`" + k + "`"), k);
        }
        for (String k : LevelSchema.QUESTION_KEYS) {
            assertTrue(doc.contains("`" + k + "`"), k);
        }
        for (String k : QuestionKind.keys()) {
            assertTrue(doc.contains("`" + k + "`"), k);
        }
        for (String c : LevelSchema.CONCEPTS) {
            assertTrue(doc.contains("`" + c + "`"), c);
        }
    }
}
