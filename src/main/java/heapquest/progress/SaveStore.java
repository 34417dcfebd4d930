package heapquest.progress;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The progress store: one JSON file per profile in a saves directory (see the package comment for
 * the files it creates).
 *
 * <p>Guarantees:
 * <ul>
 *   <li><b>Never lost.</b> Every write is atomic ({@link AtomicFileWriter}): a crash leaves the old
 *       save or the new one. An unreadable save is moved aside, never overwritten or deleted; so is
 *       a reset save.</li>
 *   <li><b>No lost updates.</b> {@link #update} reads, applies the change and writes while holding
 *       the profile's lock ({@link ProfileLock}), which serialises threads, stores and processes.</li>
 *   <li><b>Play goes on.</b> An unreadable save (not JSON, truncated, wrong shape or values, a newer
 *       format) yields an empty profile and a warning in the {@link LoadResult}.</li>
 * </ul>
 *
 * <p>Thread-safe. Methods throw {@link IOException} when the file system fails (the saves directory
 * cannot be created, the disk is full...): then nothing was changed. An invalid profile name throws
 * {@link IllegalArgumentException} with a message for the player.
 */
public final class SaveStore {
    /** Saves are a few KiB; a file far larger is not one of ours, and reading it all could exhaust memory. */
    static final long MAX_SAVE_BYTES = 64L * 1024 * 1024;

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final String EXTENSION = ".json";

    private final Path directory;
    private final Clock clock;
    /**
     * Made on first use: building Jackson's mapper costs a cold JVM about 0.25 s, which the game's
     * first frame must not wait for (it reads the saves behind that frame).
     */
    private SaveFile codec;

    private synchronized SaveFile codec() {
        if (codec == null) {
            codec = new SaveFile();
        }
        return codec;
    }
    private final AtomicFileWriter writer;

    /**
     * @param directory the saves directory; created on the first write
     * @param clock     the time of records, and (in its zone) of the names of moved-aside files
     */
    public SaveStore(Path directory, Clock clock) {
        this(directory, clock, new AtomicFileWriter());
    }

    SaveStore(Path directory, Clock clock, AtomicFileWriter writer) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.writer = Objects.requireNonNull(writer, "writer");
    }

    /** A store at {@code location} on the system clock, local time zone. */
    public static SaveStore open(SavesLocation location) {
        return new SaveStore(location.directory(), Clock.systemDefaultZone());
    }

    public Path directory() {
        return directory;
    }

    /** The save file of a profile: {@code DIR/NAME.json}. */
    public Path fileOf(String profile) {
        return directory.resolve(ProfileName.validate(profile) + EXTENSION);
    }

    /**
     * The profile as saved; an empty profile if there is no save. An unreadable save is moved aside
     * and reported in the result's warning.
     */
    @SuppressWarnings("try") // the lock is held for the block's duration, not used in it
    public LoadResult load(String profile) throws IOException {
        Path file = fileOf(profile);
        if (!Files.isDirectory(directory)) {
            return new LoadResult(Profile.empty(profile), Optional.empty());
        }
        // Under the lock: moving a corrupt file aside must not race with another store's write.
        try (ProfileLock lock = ProfileLock.acquire(lockFileOf(profile))) {
            return read(profile, file);
        }
    }

    /**
     * Read-modify-write under the profile's lock: reads the save (as {@link #load} does), applies
     * {@code change}, writes the result atomically and returns it. If {@code change} throws, nothing
     * is written. {@code change} may run while other stores wait, so keep it quick, and it must not
     * call this store for the same profile (that throws {@link IllegalStateException}: the outer
     * write would undo the inner one).
     */
    public LoadResult update(String profile, Function<Profile, Profile> change) throws IOException {
        Objects.requireNonNull(change, "change");
        Path file = fileOf(profile);
        Files.createDirectories(directory);
        try (ProfileLock lock = ProfileLock.acquire(lockFileOf(profile))) {
            if (lock.nested()) {
                throw new IllegalStateException("update of profile " + profile + " inside an update of it");
            }
            // Under the lock no write of this profile is in flight, so any temporary is a crash's leftover.
            AtomicFileWriter.deleteStaleTemporaries(file);
            LoadResult before = read(profile, file);
            Profile after = Objects.requireNonNull(change.apply(before.profile()), "change returned null");
            if (!after.name().equals(profile)) {
                throw new IllegalArgumentException("an update may not rename profile " + profile
                        + " to " + after.name());
            }
            writer.write(file, codec().encode(after));
            return new LoadResult(after, before.warning());
        }
    }

    /**
     * Records what the player did, in order, in one read-modify-write under the profile's lock (see
     * {@link #update}), each activity dated now.
     */
    public LoadResult record(String profile, List<? extends Activity> activities) throws IOException {
        List<Activity> copy = List.copyOf(activities);
        return update(profile, p -> Activity.applyAll(p, copy, clock.instant()));
    }

    /** Begins a new attempt at a level, or restarts the one under way. */
    public LoadResult recordLevelStarted(String profile, String levelId) throws IOException {
        return record(profile, List.of(new Activity.Started(levelId)));
    }

    /**
     * Records one settled question of a level (call once per question, when it is settled).
     *
     * @param concepts       the concepts the question tests (may be empty)
     * @param rightFirstTime whether the player's first answer was right
     * @param hintUsed       whether a hint was shown for it
     */
    public LoadResult recordAnswer(String profile, String levelId, Collection<String> concepts,
                                   boolean rightFirstTime, boolean hintUsed) throws IOException {
        return record(profile, List.of(new Activity.Answered(levelId, List.copyOf(concepts), rightFirstTime, hintUsed)));
    }

    /** Records where the player is in a level: the trace step and the question index (the resume point). */
    public LoadResult recordLevelProgress(String profile, String levelId, int step, int questionIndex)
            throws IOException {
        return record(profile, List.of(new Activity.Reached(levelId, step, questionIndex)));
    }

    /** Records that the player finished a level in {@code timeMillis}; computes its stars ({@link Stars}). */
    public LoadResult recordLevelDone(String profile, String levelId, long timeMillis) throws IOException {
        return record(profile, List.of(new Activity.Finished(levelId, timeMillis)));
    }

    /**
     * Records a finished quiz, dated now, and adds its per-concept counts to concept mastery
     * (see {@link Profile#quiz}).
     */
    public LoadResult recordQuiz(String profile, long seed, int questions, int right,
                                 Map<String, ConceptScore> perConcept) throws IOException {
        QuizResult result = new QuizResult(clock.instant(), seed, questions, right, perConcept);
        return update(profile, p -> p.quiz(result));
    }

    /**
     * Starts the profile afresh. The save is kept, moved to {@code NAME.backup-<time>.json}; returns
     * that path, or empty if there was no save.
     */
    @SuppressWarnings("try") // the lock is held for the block's duration, not used in it
    public Optional<Path> reset(String profile) throws IOException {
        Path file = fileOf(profile);
        if (!Files.isDirectory(directory)) {
            return Optional.empty();
        }
        try (ProfileLock lock = ProfileLock.acquire(lockFileOf(profile))) {
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            return Optional.of(moveAside(profile, file, "backup"));
        }
    }

    /** Names of the profiles with a save, sorted; moved-aside copies and other files are not profiles. */
    public List<String> listProfiles() throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, "*" + EXTENSION)) {
            for (Path p : entries) {
                String fileName = p.getFileName().toString();
                String name = fileName.substring(0, fileName.length() - EXTENSION.length());
                if (ProfileName.isValid(name) && Files.isRegularFile(p)) {
                    names.add(name);
                }
            }
        }
        names.sort(null);
        return List.copyOf(names);
    }

    private Path lockFileOf(String profile) {
        return directory.resolve(ProfileName.validate(profile) + ".lock");
    }

    // Call only under the profile's lock.
    private LoadResult read(String profile, Path file) throws IOException {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_SAVE_BYTES) {
                return unreadable(profile, file, "it is larger than " + MAX_SAVE_BYTES / (1024 * 1024) + " MiB");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new LoadResult(Profile.empty(profile), Optional.empty());
        }
        try {
            return new LoadResult(codec().decode(bytes, profile).profile(), Optional.empty());
        } catch (UnreadableSaveException e) {
            return unreadable(profile, file, e.reason());
        }
    }

    private LoadResult unreadable(String profile, Path file, String reason) throws IOException {
        Path aside = moveAside(profile, file, "corrupt");
        String warning = "Your save " + file + " could not be read (" + reason + "); it was moved to " + aside
                + " and a new save was started.";
        return new LoadResult(Profile.empty(profile), Optional.of(warning));
    }

    /**
     * Renames {@code file} to {@code NAME.KIND-yyyyMMdd-HHmmss.json}, or {@code ...-2.json}, {@code -3}...
     * if that exists: never over an existing file. Call only under the profile's lock.
     */
    private Path moveAside(String profile, Path file, String kind) throws IOException {
        String base = profile + "." + kind + "-" + STAMP.format(clock.instant().atZone(clock.getZone()));
        for (int n = 1; ; n++) {
            Path candidate = directory.resolve(n == 1 ? base + EXTENSION : base + "-" + n + EXTENSION);
            try {
                // No REPLACE_EXISTING (and no ATOMIC_MOVE, which may replace silently): an existing
                // name fails, and we try the next. Same directory, so this is a plain rename.
                Files.move(file, candidate);
                AtomicFileWriter.fsyncDirectory(directory.toAbsolutePath());
                return candidate;
            } catch (FileAlreadyExistsException taken) {
                // try the next counter
            }
        }
    }
}
