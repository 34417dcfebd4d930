package heapquest.progress;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every kind of unreadable save is moved aside, reported, and replaced by an empty profile. */
class CorruptSaveTest {
    @TempDir
    Path dir;

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] garbage() {
        byte[] b = new byte[512];
        new Random(42).nextBytes(b);
        b[0] = (byte) 0xC3; // never a valid start of JSON
        return b;
    }

    static Stream<Arguments> corruptSaves() {
        return Stream.of(
                Arguments.of("empty file", new byte[0], "the file is empty"),
                Arguments.of("truncated JSON",
                        utf8("{\n  \"schemaVersion\": 2,\n  \"levels\": {\n    \"names-1\": {\n      \"state\": \"DO"),
                        "truncated JSON at line 5, column 19"),
                Arguments.of("binary garbage", garbage(), "not valid JSON at line 1, column 3"),
                Arguments.of("array instead of object", utf8("[{\"schemaVersion\": 2}]"),
                        "expected a JSON object, found an array"),
                Arguments.of("newer schemaVersion", utf8("{\"schemaVersion\": 99, \"name\": \"alice\"}"),
                        "it was saved by a newer version of heapquest (save format 99; this version reads formats up to 2)"),
                Arguments.of("wrong type of a field",
                        utf8("{\n  \"schemaVersion\": 2,\n  \"levels\": {\n    \"names-1\": {\"state\": \"DONE\", \"stars\": true}\n  }\n}"),
                        "wrong value for levels.names-1.stars at line 4, column 43 (expected a whole number)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corruptSaves")
    void loadMovesItAsideAndStartsAfresh(String kind, byte[] content, String reason) throws Exception {
        Path file = dir.resolve("alice.json");
        Files.write(file, content);
        SaveStore store = new SaveStore(dir, Fixtures.CLOCK);

        LoadResult result = store.load("alice");

        Path aside = dir.resolve("alice.corrupt-20261125-101500.json");
        assertEquals(Profile.empty("alice"), result.profile());
        assertEquals(Optional.of("Your save " + file + " could not be read (" + reason + "); it was moved to "
                + aside + " and a new save was started."), result.warning());
        assertFalse(Files.exists(file));
        assertArrayEquals(content, Files.readAllBytes(aside), "the corrupt copy keeps the original bytes");

        // Play goes on: the next load is clean, the next update writes a fresh save.
        assertEquals(Optional.empty(), store.load("alice").warning());
        store.recordAnswer("alice", "names-1", List.of("id"), true, false);
        assertEquals(1, store.load("alice").profile().level("names-1").questionsTotal());
        assertArrayEquals(content, Files.readAllBytes(aside));
    }

    @Test
    void corruptCopiesAreNeverOverwritten() throws Exception {
        SaveStore store = new SaveStore(dir, Fixtures.CLOCK); // fixed clock: every copy gets the same time
        for (int i = 1; i <= 3; i++) {
            Files.writeString(dir.resolve("alice.json"), "broken " + i);
            assertTrue(store.load("alice").warning().isPresent());
        }
        assertEquals("broken 1", Files.readString(dir.resolve("alice.corrupt-20261125-101500.json")));
        assertEquals("broken 2", Files.readString(dir.resolve("alice.corrupt-20261125-101500-2.json")));
        assertEquals("broken 3", Files.readString(dir.resolve("alice.corrupt-20261125-101500-3.json")));
        assertEquals(List.of(), store.listProfiles());
    }

    @Test
    void updateOfACorruptSaveReportsItAndSavesTheChange() throws Exception {
        Files.writeString(dir.resolve("alice.json"), "{\"schemaVersion\": 2, \"levels\": ");
        SaveStore store = new SaveStore(dir, Fixtures.CLOCK);

        LoadResult result = store.recordLevelDone("alice", "intro", 1_000);

        assertTrue(result.warning().orElseThrow().contains("alice.corrupt-20261125-101500.json"));
        assertEquals(3, result.profile().level("intro").stars());
        assertEquals(result.profile(), store.load("alice").profile());
    }

    @Test
    void theWarningUsesThePathsAsTheStoreWasGivenThem() throws Exception {
        Path relative = Path.of("").toAbsolutePath().relativize(dir);
        Files.writeString(dir.resolve("alice.json"), "{\"schemaVersion\": 2,\n \"levels\": {\"a\": ");
        String warning = new SaveStore(relative, Fixtures.CLOCK).load("alice").warning().orElseThrow();
        assertEquals("Your save " + relative.resolve("alice.json") + " could not be read (truncated JSON at line 2, "
                + "column 18); it was moved to " + relative.resolve("alice.corrupt-20261125-101500.json")
                + " and a new save was started.", warning);
    }

    @Test
    void movedAsideNamesUseTheClocksZone() throws Exception {
        Files.writeString(dir.resolve("alice.json"), "[]");
        SaveStore store = new SaveStore(dir, Fixtures.CLOCK.withZone(java.time.ZoneId.of("Asia/Tokyo")));
        store.load("alice");
        assertTrue(Files.exists(dir.resolve("alice.corrupt-20261125-191500.json")));
    }
}
