package heapquest.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import heapquest.progress.Activity;
import heapquest.progress.SaveStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** list and progress read the saves; progress --reset asks, and keeps a backup. */
class ProgressCommandTest {
    @TempDir
    Path saves;

    static final Path GOOD = Path.of(System.getProperty("heapquest.root", "."), "src/test/resources/levels/good");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    static CliRun run(Object command, String... args) {
        return CliRun.run(command, args);
    }

    /** alice: aliasing-and-counts done with 2 of 3 right (2 stars), rebinding-and-ids begun (1 answer), and a level since removed. */
    @BeforeEach
    void aliceHasPlayed() throws IOException {
        SaveStore store = new SaveStore(saves, CLOCK);
        store.record("alice", List.of(new Activity.Started("aliasing-and-counts"),
                new Activity.Answered("aliasing-and-counts", List.of("aliasing", "refcount"), true, false),
                new Activity.Answered("aliasing-and-counts", List.of("aliasing", "refcount"), true, false),
                new Activity.Answered("aliasing-and-counts", List.of("refcount"), false, true),
                new Activity.Finished("aliasing-and-counts", 65_000),
                new Activity.Answered("rebinding-and-ids", List.of("ids"), true, false),
                new Activity.Reached("rebinding-and-ids", 4, 1),
                new Activity.Started("an-old-level"),
                new Activity.Finished("an-old-level", 1_000)));
    }

    String[] with(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(List.of("--levels", GOOD.toString(), "--saves", saves.toString(), "--profile", "alice"));
        return all.toArray(String[]::new);
    }

    @Test
    void listShowsEachLevelsProgress() {
        CliRun r = run(new ListCommand(), with());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("(?s).*\\s1\\s+aliasing-and-counts\\s+Two names, one box\\s+2 stars\\s+aliasing.*"), r.out());
        assertTrue(r.out().matches("(?s).*rebinding-and-ids\\s+.*\\s1/\\d+\\s+.*"), r.out());
        assertTrue(r.out().matches("(?s).*weakrefs?[-a-z]*\\s+.*\\s-\\s+weakref.*"), r.out());
    }

    @Test
    void listJsonCarriesTheSavedRecord() throws IOException {
        CliRun r = run(new ListCommand(), with("--json"));
        assertEquals(0, r.code(), r.err());
        JsonNode first = new ObjectMapper().readTree(r.out()).at("/chapters/0/levels/0/progress");
        assertEquals("DONE", first.get("state").asText());
        assertEquals(2, first.get("stars").asInt());
        assertEquals(65_000, first.get("bestTimeMillis").asLong());
        assertEquals(1, first.get("hintsUsed").asInt());
        assertEquals("2026-11-25T10:00:00Z", first.get("completed").asText());
        JsonNode second = new ObjectMapper().readTree(r.out()).at("/chapters/0/levels/1/progress");
        assertEquals("IN_PROGRESS", second.get("state").asText());
        assertEquals(1, second.get("questionIndex").asInt());
    }

    @Test
    void progressSummarisesChaptersAndConcepts() {
        CliRun r = run(new ProgressCommand(), with());
        assertEquals(0, r.code(), r.err());
        String out = r.out();
        assertTrue(out.startsWith("Progress of alice (" + saves.resolve("alice.json") + ")\n"), out);
        assertTrue(out.contains("Levels: 1 of 3 done, 1 in progress; stars 2 of 9;"), out);
        assertTrue(out.matches("(?s).*1\\. Names and objects\\s+1 of 2 done  2 of 6 stars  \\(1 in progress\\).*"), out);
        assertTrue(out.matches("(?s).*2\\. Weak references and cycles\\s+0 of 1 done  0 of 3 stars\n.*"), out);
        assertTrue(out.contains("Levels no longer in " + GOOD + ": 1, 1 done, 3 stars (kept in the save)"), out);
        // refcount 2 of 3: (2+1)/(3+2) = 60%; aliasing 2 of 2: 75%; ids 1 of 1: 67%. Weakest first.
        int refcount = out.indexOf("refcount");
        int ids = out.indexOf("  ids ");
        int aliasing = out.indexOf("  aliasing ");
        assertTrue(refcount < ids && ids < aliasing, out);
        assertTrue(out.matches("(?s).*refcount\\s+60%  2 of 3 right first time.*"), out);
    }

    @Test
    void progressJsonIsForTools() throws IOException {
        CliRun r = run(new ProgressCommand(), with("--json"));
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals("alice", j.get("profile").asText());
        assertEquals(3, j.get("levelsInPack").asInt());
        assertEquals(1, j.at("/overall/completed").asInt(), "levels of the pack");
        assertEquals("Names and objects", j.at("/chapters/0/title").asText());
        assertEquals(2, j.at("/chapters/0/progress/stars").asInt());
        assertEquals(6, j.at("/chapters/0/maxStars").asInt());
        assertEquals(1, j.at("/unlisted/levels").asInt());
        assertEquals("refcount", j.at("/concepts/0/name").asText());
        assertEquals(0.6, j.at("/concepts/0/mastery").asDouble(), 1e-9);
    }

    @Test
    void resetRefusesWithoutATerminalUnlessYes() throws IOException {
        ProgressCommand c = new ProgressCommand();
        c.terminal = false;
        CliRun r = run(c, with("--reset"));
        assertEquals(2, r.code());
        assertTrue(r.err().contains("add --yes"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(Files.exists(saves.resolve("alice.json")), "nothing was reset");

        CliRun yes = run(new ProgressCommand(), with("--reset", "--yes"));
        assertEquals(0, yes.code(), yes.err());
        Path backup;
        try (var files = Files.list(saves)) {
            backup = files.filter(f -> f.getFileName().toString().startsWith("alice.backup-")).findFirst().orElseThrow();
        }
        assertEquals("Progress of alice reset; the old save is kept at " + backup + ".\n", yes.out());
        assertTrue(Files.readString(backup).contains("aliasing-and-counts"));
        assertFalse(Files.exists(saves.resolve("alice.json")));
        assertTrue(run(new ProgressCommand(), with()).out().contains("Levels: 0 of 3 done"));
    }

    @Test
    void resetAsksAndNoKeepsEverything() {
        ProgressCommand no = new ProgressCommand();
        no.terminal = true;
        no.answers = new BufferedReader(new StringReader("\n"));
        CliRun r = run(no, with("--reset"));
        assertEquals(1, r.code());
        assertTrue(r.out().contains("A backup is kept. [y/N] Nothing was reset."), r.out());
        assertTrue(Files.exists(saves.resolve("alice.json")));

        ProgressCommand y = new ProgressCommand();
        y.terminal = true;
        y.answers = new BufferedReader(new StringReader("y\n"));
        CliRun r2 = run(y, with("--reset"));
        assertEquals(0, r2.code(), r2.err());
        assertTrue(r2.out().contains("the old save is kept at"), r2.out());
        assertFalse(Files.exists(saves.resolve("alice.json")));
    }

    @Test
    void aBadProfileNameIsOneLine() {
        CliRun r = run(new ProgressCommand(), "--saves", saves.toString(), "--profile", "../etc");
        assertEquals(2, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("heapquest: Invalid profile name"), r.err());
    }
}
