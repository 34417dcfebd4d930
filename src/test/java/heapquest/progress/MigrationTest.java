package heapquest.progress;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MigrationTest {
    private final SaveFile codec = new SaveFile();

    private static LevelProgress migrated(LevelState state, int attempts, int stars) {
        return new LevelProgress(state, 0, 0, 0, 0, 0, attempts, stars, null, null, null, null);
    }

    @Test
    void version1FixtureIsMigrated() throws Exception {
        SaveFile.Decoded d = codec.decode(SaveFileTest.resource("v1-alice.json"), "alice");
        assertEquals(1, d.storedVersion());
        assertTrue(d.migrated());
        Profile p = d.profile();
        assertEquals("alice", p.name());
        assertEquals(Map.of(
                "names-1", migrated(LevelState.DONE, 1, 3),
                "names-2", migrated(LevelState.DONE, 1, 1),         // done: at least 1 attempt, 1 star
                "heap-1", migrated(LevelState.IN_PROGRESS, 2, 0),   // attempted, not done
                "heap-2", migrated(LevelState.NOT_STARTED, 0, 0),
                "level-removed-in-0.2", migrated(LevelState.DONE, 4, 2)), // unknown ids are kept
                p.levels());
        assertTrue(p.concepts().isEmpty());
        assertTrue(p.quizzes().isEmpty());
    }

    @Test
    void theStoreReadsVersion1AndWritesVersion2OnTheNextUpdate(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("alice.json");
        Files.write(file, SaveFileTest.resource("v1-alice.json"));
        SaveStore store = new SaveStore(dir, Fixtures.CLOCK);

        LoadResult loaded = store.load("alice");
        assertTrue(loaded.warning().isEmpty());
        assertEquals(3, loaded.profile().level("names-1").stars());
        assertTrue(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).contains("\"version\": 1"),
                "load alone does not rewrite the save");

        store.recordAnswer("alice", "heap-1", List.of("refcount"), true, false);
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("{\n  \"schemaVersion\": 2,"), text);
        Profile p = store.load("alice").profile();
        assertEquals(3, p.level("names-1").stars());
        assertEquals(1, p.level("heap-1").questionsTotal());
        assertEquals(2, p.level("heap-1").attempts(), "the in-progress attempt continues");
        assertEquals(new ConceptStats(1, 1), p.concept("refcount"));
    }

    @Test
    void malformedVersion1IsUnreadable() {
        String[] bad = {
                "{\"version\": 1, \"levels\": []}",
                "{\"version\": 1, \"levels\": {\"a\": 3}}",
                "{\"version\": 1, \"levels\": {\"a\": {\"done\": \"yes\"}}}",
                "{\"version\": 1, \"levels\": {\"a\": {\"stars\": 5, \"done\": true}}}",
                "{\"version\": 1, \"levels\": {\"a\": {\"attempts\": -1}}}",
        };
        for (String json : bad) {
            UnreadableSaveException e = assertThrows(UnreadableSaveException.class,
                    () -> codec.decode(json.getBytes(StandardCharsets.UTF_8), "alice"), json);
            assertTrue(e.reason().startsWith("format 1 save: "), e.reason());
        }
    }

    @Test
    void version1WithoutLevelsIsAnEmptyProfile() throws Exception {
        Profile p = codec.decode("{\"version\": 1, \"player\": \"x\"}".getBytes(StandardCharsets.UTF_8), "alice")
                .profile();
        assertEquals(Profile.empty("alice"), p);
    }
}
