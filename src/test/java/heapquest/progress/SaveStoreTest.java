package heapquest.progress;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static heapquest.progress.Fixtures.CLOCK;
import static heapquest.progress.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SaveStoreTest {
    @TempDir
    Path tmp;

    private Path dir() {
        return tmp.resolve("saves");
    }

    /** A clock the test moves forward. */
    private static final class StepClock extends Clock {
        private final AtomicReference<Instant> now = new AtomicReference<>(T0);

        void advanceSeconds(long s) {
            now.updateAndGet(t -> t.plusSeconds(s));
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }

    @Test
    void aMissingSaveIsAnEmptyProfileAndLoadingCreatesNothing() throws Exception {
        SaveStore store = new SaveStore(dir(), CLOCK);
        assertEquals(new LoadResult(Profile.empty("alice"), Optional.empty()), store.load("alice"));
        assertFalse(Files.exists(dir()));
        assertEquals(List.of(), store.listProfiles());
        assertEquals(Optional.empty(), store.reset("alice"));
    }

    @Test
    void recordsAreSavedWithTheClocksTime() throws Exception {
        StepClock clock = new StepClock();
        SaveStore store = new SaveStore(dir(), clock);
        store.recordLevelStarted("alice", "names-1");
        clock.advanceSeconds(10);
        store.recordLevelProgress("alice", "names-1", 4, 0);
        store.recordAnswer("alice", "names-1", List.of("binding", "refcount"), true, false);
        clock.advanceSeconds(10);
        store.recordAnswer("alice", "names-1", List.of("refcount"), false, true);
        store.recordLevelProgress("alice", "names-1", 12, 2);
        store.recordAnswer("alice", "names-1", List.of(), true, false);
        clock.advanceSeconds(10);
        LoadResult done = store.recordLevelDone("alice", "names-1", 30_000);
        clock.advanceSeconds(10);
        store.recordQuiz("alice", 1234L, 2, 1, Map.of("refcount", new ConceptScore(1, 2)));

        Profile p = new SaveStore(dir(), CLOCK).load("alice").profile();  // another store reads the same
        assertEquals(done.profile().level("names-1"), p.level("names-1"));
        assertEquals(new LevelProgress(LevelState.DONE, 0, 0, 2, 3, 1, 1, 2, 30_000L,
                T0, T0.plusSeconds(30), T0.plusSeconds(30)), p.level("names-1"));
        assertEquals(new ConceptStats(1, 1), p.concept("binding"));
        assertEquals(new ConceptStats(4, 2), p.concept("refcount"));
        assertEquals(List.of(new QuizResult(T0.plusSeconds(40), 1234L, 2, 1,
                Map.of("refcount", new ConceptScore(1, 2)))), p.quizzes());
        assertEquals(List.of("alice"), store.listProfiles());
    }

    @Test
    void updateAppliesAFunctionAndReturnsWhatItWrote() throws Exception {
        SaveStore store = new SaveStore(dir(), CLOCK);
        LoadResult r = store.update("alice", p -> p.levelDone("x", 5, T0));
        assertEquals(r.profile(), store.load("alice").profile());
        assertTrue(Files.isRegularFile(dir().resolve("alice.json")));
        assertEquals(dir().resolve("alice.json"), store.fileOf("alice"));
    }

    @Test
    void aFailedChangeWritesNothing() throws Exception {
        SaveStore store = new SaveStore(dir(), CLOCK);
        store.recordLevelDone("alice", "x", 5);
        byte[] before = Files.readAllBytes(store.fileOf("alice"));
        assertThrows(IllegalStateException.class, () -> store.update("alice", p -> {
            throw new IllegalStateException("boom");
        }));
        assertThrows(IllegalArgumentException.class, () -> store.recordLevelProgress("alice", "x", -1, 0));
        assertThrows(IllegalArgumentException.class, () -> store.update("alice", p -> p.withName("bob")));
        assertThrows(NullPointerException.class, () -> store.update("alice", p -> null));
        assertArrayEquals(before, Files.readAllBytes(store.fileOf("alice")));
    }

    @Test
    void aFailedWriteKeepsTheOldSaveAndLeavesNoTemporary() throws Exception {
        new SaveStore(dir(), CLOCK).recordLevelDone("alice", "old-level", 5);
        SaveStore failing = new SaveStore(dir(), CLOCK, new AtomicFileWriter(stage -> {
            if (stage == AtomicFileWriter.Stage.FORCED) {
                throw new IOException("disk full (simulated)");
            }
        }));
        assertThrows(IOException.class, () -> failing.recordLevelDone("alice", "new-level", 5));
        Profile p = new SaveStore(dir(), CLOCK).load("alice").profile();
        assertEquals(Map.of("old-level", p.level("old-level")), p.levels());
        try (var files = Files.list(dir())) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")));
        }
    }

    @Test
    void staleTemporariesFromACrashAreRemovedOnTheNextUpdate() throws Exception {
        Files.createDirectories(dir());
        Path stale = dir().resolve(".alice.json.8675309.tmp");
        Files.writeString(stale, "{\"schemaVersion\": 2, \"lev");
        new SaveStore(dir(), CLOCK).recordLevelStarted("alice", "l");
        assertFalse(Files.exists(stale));
    }

    @Test
    void nestedUpdatesOfOneProfileAreRefused() throws Exception {
        SaveStore store = new SaveStore(dir(), CLOCK);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> store.update("alice", p -> {
            try {
                store.recordLevelStarted("alice", "inner");
            } catch (IOException io) {
                throw new AssertionError(io);
            }
            return p;
        }));
        assertEquals("update of profile alice inside an update of it", e.getMessage());
        // ...but another profile may be updated from inside an update, and the lock was released.
        store.update("alice", p -> {
            try {
                store.recordLevelStarted("bob", "inner");
            } catch (IOException io) {
                throw new AssertionError(io);
            }
            return p;
        });
        store.recordLevelStarted("alice", "after");
        assertEquals(List.of("alice", "bob"), store.listProfiles());
    }

    @Test
    void resetKeepsABackupAndStartsAfresh() throws Exception {
        SaveStore store = new SaveStore(dir(), CLOCK);
        store.recordLevelDone("alice", "names-1", 9_000);
        byte[] saved = Files.readAllBytes(store.fileOf("alice"));

        Path backup = store.reset("alice").orElseThrow();

        assertEquals(dir().resolve("alice.backup-20261125-101500.json"), backup);
        assertArrayEquals(saved, Files.readAllBytes(backup));
        assertEquals(Profile.empty("alice"), store.load("alice").profile());
        assertEquals(List.of(), store.listProfiles());
        assertEquals(Optional.empty(), store.reset("alice"), "nothing left to back up");

        store.recordLevelStarted("alice", "again");
        assertEquals(dir().resolve("alice.backup-20261125-101500-2.json"), store.reset("alice").orElseThrow());
        assertArrayEquals(saved, Files.readAllBytes(backup), "an earlier backup is never overwritten");
    }

    @Test
    void listProfilesShowsOnlyProfiles() throws Exception {
        SaveStore store = new SaveStore(dir(), CLOCK);
        store.recordLevelStarted("zoe", "l");
        store.recordLevelStarted("alice", "l");
        store.recordLevelStarted("j.doe", "l");
        store.reset("j.doe");
        for (String junk : List.of("alice.corrupt-20261125-101500.json", ".alice.json.1.tmp", "notes.txt",
                "bad name.json", ".hidden.json")) {
            Files.writeString(dir().resolve(junk), "x");
        }
        Files.createDirectories(dir().resolve("folder.json"));
        assertEquals(List.of("alice", "zoe"), store.listProfiles());
    }

    @Test
    void invalidProfileNamesAreRejectedEverywhere() {
        SaveStore store = new SaveStore(dir(), CLOCK);
        String bad = "../escape";
        assertThrows(IllegalArgumentException.class, () -> store.load(bad));
        assertThrows(IllegalArgumentException.class, () -> store.update(bad, p -> p));
        assertThrows(IllegalArgumentException.class, () -> store.recordLevelStarted(bad, "l"));
        assertThrows(IllegalArgumentException.class, () -> store.reset(bad));
        assertThrows(IllegalArgumentException.class, () -> store.fileOf(bad));
        assertFalse(Files.exists(tmp.resolve("escape.json")));
    }

    @Test
    void levelsThatNoLongerExistAreKept() throws Exception {
        SaveStore store = new SaveStore(dir(), CLOCK);
        store.recordLevelDone("alice", "level-from-an-old-pack", 1);
        for (int i = 0; i < 3; i++) {
            store.recordLevelStarted("alice", "current-" + i);
        }
        assertTrue(store.load("alice").profile().levels().containsKey("level-from-an-old-pack"));
    }

    @Test
    void openUsesTheResolvedLocation() {
        SaveStore store = SaveStore.open(SavesLocation.resolve(dir().toString(), Map.of()));
        assertEquals(dir(), store.directory());
    }
}
