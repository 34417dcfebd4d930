package heapquest.progress;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Exclusive lock on one profile, across threads and across processes, held for a read-modify-write.
 *
 * <p>Two layers, because a {@link FileLock} alone is not enough inside one JVM:
 * <ol>
 *   <li>a JVM-wide {@link ReentrantLock} per lock file serialises the threads of this JVM (including
 *       several {@link SaveStore}s on one directory). {@code FileLock}s are held on behalf of the whole
 *       JVM, so a second {@code lock()} from this JVM throws {@link OverlappingFileLockException}
 *       instead of waiting; and with POSIX locks, closing <em>any</em> channel on the file can release
 *       the JVM's lock on it. So a thread must own the JVM lock before it even opens the channel;</li>
 *   <li>then an exclusive {@link FileLock} on {@code NAME.lock} serialises against other processes.</li>
 * </ol>
 *
 * <p>The lock is reentrant for the owning thread: a nested acquire takes only the JVM lock (the file
 * lock is already held) and {@link #nested()} tells the caller, who may refuse nested updates.
 *
 * <p>The JVM locks are keyed by the real path of the directory plus the lower-cased file name, so
 * two spellings of one directory (symlinks, "./saves") share a lock, and so do "Alice" and "alice",
 * which are one file on case-insensitive file systems (harmless extra waiting where they are not).
 * The map keeps one small entry per profile ever locked; there are few profiles.
 */
final class ProfileLock implements AutoCloseable {

    private static final ConcurrentMap<String, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();

    private final ReentrantLock jvmLock;
    private final FileChannel channel; // null when nested
    private final FileLock fileLock;   // null when nested
    private boolean closed;

    private ProfileLock(ReentrantLock jvmLock, FileChannel channel, FileLock fileLock) {
        this.jvmLock = jvmLock;
        this.channel = channel;
        this.fileLock = fileLock;
    }

    /** Blocks until this thread holds the lock on {@code lockFile} (created if missing; its directory must exist). */
    static ProfileLock acquire(Path lockFile) throws IOException {
        Path dir = lockFile.toAbsolutePath().getParent().toRealPath();
        String key = dir.resolve(lockFile.getFileName().toString().toLowerCase(Locale.ROOT)).toString();
        ReentrantLock jvmLock = JVM_LOCKS.computeIfAbsent(key, k -> new ReentrantLock());
        jvmLock.lock();
        if (jvmLock.getHoldCount() > 1) {
            return new ProfileLock(jvmLock, null, null);
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(dir.resolve(lockFile.getFileName()),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock fileLock = lockWaitingForOverlaps(channel);
            return new ProfileLock(jvmLock, channel, fileLock);
        } catch (IOException | RuntimeException | Error e) {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            jvmLock.unlock();
            throw e;
        }
    }

    /**
     * {@code channel.lock()}, waiting out an {@link OverlappingFileLockException}. With the JVM lock
     * held that exception can only come from this JVM reaching the same file by a path our key did
     * not unify (e.g. a hard link); the holder releases it soon, so waiting is correct.
     */
    private static FileLock lockWaitingForOverlaps(FileChannel channel) throws IOException {
        while (true) {
            try {
                return channel.lock();
            } catch (OverlappingFileLockException heldElsewhereInThisJvm) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while waiting for a profile lock", e);
                }
            }
        }
    }

    /** True if this thread already held the lock when acquiring it. */
    boolean nested() {
        return channel == null;
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (channel != null) {
                try {
                    fileLock.release();
                } finally {
                    channel.close();
                }
            }
        } finally {
            jvmLock.unlock();
        }
    }
}
