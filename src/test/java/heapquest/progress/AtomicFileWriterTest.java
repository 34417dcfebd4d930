package heapquest.progress;

import heapquest.progress.AtomicFileWriter.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AtomicFileWriterTest {
    @TempDir
    Path dir;

    private static final class Interrupted extends IOException {
        private static final long serialVersionUID = 1L;

        Interrupted(Stage stage) {
            super("simulated interruption at " + stage);
        }
    }

    private static AtomicFileWriter failingAt(Stage failAt) {
        return new AtomicFileWriter(stage -> {
            if (stage == failAt) {
                throw new Interrupted(stage);
            }
        });
    }

    private static byte[] bytes(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    private List<String> filesIn() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void writesAndReplaces() throws Exception {
        Path target = dir.resolve("alice.json");
        AtomicFileWriter w = new AtomicFileWriter();
        w.write(target, "old".getBytes(StandardCharsets.UTF_8));
        assertEquals("old", Files.readString(target));
        w.write(target, "new content".getBytes(StandardCharsets.UTF_8));
        assertEquals("new content", Files.readString(target));
        assertEquals(List.of("alice.json"), filesIn());
    }

    @Test
    void everyStageIsReachedInOrder() throws Exception {
        List<Stage> seen = new ArrayList<>();
        new AtomicFileWriter(seen::add).write(dir.resolve("a.json"), new byte[10]);
        assertEquals(List.of(Stage.values()), seen);
    }

    /** An interruption at any point leaves the whole old content or the whole new one, and no temporary. */
    @ParameterizedTest
    @EnumSource(Stage.class)
    void interruptionLeavesOldOrNewAndNoTemporary(Stage failAt) throws Exception {
        for (int size : new int[] {0, 1, 4097, 1 << 20}) {
            Path target = dir.resolve("alice.json");
            byte[] oldContent = bytes(size + 3, size);
            byte[] newContent = bytes(size, size + 1);
            Files.write(target, oldContent);

            Interrupted e = assertThrows(Interrupted.class, () -> failingAt(failAt).write(target, newContent));
            assertTrue(e.getMessage().endsWith(failAt.toString()));

            byte[] now = Files.readAllBytes(target);
            if (failAt == Stage.MOVED) {
                assertArrayEquals(newContent, now, "after the rename the new content is in place");
            } else {
                assertArrayEquals(oldContent, now, "before the rename the old content is untouched");
            }
            assertEquals(List.of("alice.json"), filesIn(), "no temporary left behind at " + failAt);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Stage.class, names = "MOVED", mode = EnumSource.Mode.EXCLUDE)
    void interruptionOfAFirstWriteLeavesNoFile(Stage failAt) throws IOException {
        Path target = dir.resolve("bob.json");
        assertThrows(Interrupted.class, () -> failingAt(failAt).write(target, bytes(100, 1)));
        assertFalse(Files.exists(target));
        assertEquals(List.of(), filesIn());
    }

    @Test
    void uncheckedFailuresAlsoCleanUp() throws Exception {
        Path target = dir.resolve("alice.json");
        Files.writeString(target, "old");
        OutOfMemoryError oom = new OutOfMemoryError("simulated");
        AtomicFileWriter w = new AtomicFileWriter(stage -> {
            if (stage == Stage.PARTIALLY_WRITTEN) {
                throw oom;
            }
        });
        assertSame(oom, assertThrows(OutOfMemoryError.class, () -> w.write(target, bytes(50, 2))));
        assertEquals("old", Files.readString(target));
        assertEquals(List.of("alice.json"), filesIn());
    }

    @Test
    void staleTemporariesOfOnlyThatTargetAreDeleted() throws Exception {
        Path target = dir.resolve("alice.json");
        Files.writeString(target, "save");
        Files.writeString(dir.resolve(".alice.json.123456.tmp"), "half a save");
        Files.writeString(dir.resolve(".alice.json.9.tmp"), "");
        Files.writeString(dir.resolve(".bob.json.123.tmp"), "bob's write in flight");
        Files.writeString(dir.resolve("alice.corrupt-20261125-101500.json"), "kept");
        AtomicFileWriter.deleteStaleTemporaries(target);
        assertEquals(List.of(".bob.json.123.tmp", "alice.corrupt-20261125-101500.json", "alice.json"), filesIn());
    }

    @Test
    void directoryFsyncFailureIsIgnored() {
        // A path that cannot be opened stands for a platform that cannot fsync directories.
        AtomicFileWriter.fsyncDirectory(dir.resolve("does-not-exist"));
    }
}
