package heapquest.progress;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * Replaces a file's content so that, whatever happens (exception, crash, power cut), the file holds
 * either all of the old content or all of the new, never a mix or a truncated file.
 *
 * <p>How: write a temporary file in the same directory (a rename is atomic only within one file
 * system), {@code force(true)} it so its bytes are on disk before the rename makes them visible,
 * rename it over the target with {@code ATOMIC_MOVE}, then fsync the directory so the rename itself
 * survives a power cut. If anything fails before the rename, the temporary file is deleted.
 *
 * <p>Temporary files are named {@code .TARGET.<random>.tmp}; a crash can leave one behind, which
 * {@link #deleteStaleTemporaries} removes (callers do that while holding the target's lock, when no
 * other write of that target can be in flight).
 */
final class AtomicFileWriter {

    /** Points in a write where a test can simulate an interruption. */
    enum Stage {
        /** The temporary file exists, empty. */
        TEMP_CREATED,
        /** About half of the bytes are written to the temporary file. */
        PARTIALLY_WRITTEN,
        /** All bytes are written, not yet forced to disk. */
        WRITTEN,
        /** Forced to disk, not yet renamed over the target. */
        FORCED,
        /** Renamed over the target, directory not yet fsynced. */
        MOVED
    }

    /** Called at each {@link Stage}; throwing simulates an interruption there. For tests. */
    @FunctionalInterface
    interface Hook {
        void reached(Stage stage) throws IOException;
    }

    private static final String TEMP_SUFFIX = ".tmp";

    private final Hook hook;

    AtomicFileWriter() {
        this(stage -> { });
    }

    AtomicFileWriter(Hook hook) {
        this.hook = Objects.requireNonNull(hook, "hook");
    }

    /** Atomically replaces (or creates) {@code target} with {@code content}. */
    void write(Path target, byte[] content) throws IOException {
        Path dir = directoryOf(target);
        Path temp = Files.createTempFile(dir, tempPrefix(target), TEMP_SUFFIX);
        boolean moved = false;
        try {
            hook.reached(Stage.TEMP_CREATED);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                int half = content.length / 2;
                writeFully(channel, ByteBuffer.wrap(content, 0, half));
                hook.reached(Stage.PARTIALLY_WRITTEN);
                writeFully(channel, ByteBuffer.wrap(content, half, content.length - half));
                hook.reached(Stage.WRITTEN);
                channel.force(true);
            }
            hook.reached(Stage.FORCED);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            moved = true;
        } finally {
            if (!moved) {
                // Best effort: the original failure is what matters to the caller.
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // A stale temporary is harmless and removed by deleteStaleTemporaries later.
                }
            }
        }
        hook.reached(Stage.MOVED);
        fsyncDirectory(dir);
    }

    /**
     * Makes a rename (or create/delete) in {@code dir} durable. Some platforms (Windows) cannot open
     * a directory as a channel; there the rename is as durable as the OS makes it, and we go on.
     */
    static void fsyncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException notSupportedHere) {
            // Not fatal: see above.
        }
    }

    /** Deletes temporaries of {@code target} left by interrupted writes. Call only under the target's lock. */
    static void deleteStaleTemporaries(Path target) throws IOException {
        Path dir = directoryOf(target);
        String prefix = tempPrefix(target);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir,
                p -> {
                    String n = p.getFileName().toString();
                    return n.startsWith(prefix) && n.endsWith(TEMP_SUFFIX);
                })) {
            for (Path stale : entries) {
                Files.deleteIfExists(stale);
            }
        }
    }

    private static String tempPrefix(Path target) {
        return "." + target.getFileName() + ".";
    }

    private static Path directoryOf(Path target) {
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null) {
            throw new IllegalArgumentException("not a file path: " + target);
        }
        return dir;
    }

    private static void writeFully(FileChannel channel, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }
}
