package heapquest.progress;

/**
 * Where the player is in a level's current (or last) attempt.
 *
 * <p>This is the state of the latest attempt, not a high-water mark: replaying a finished level makes
 * it {@link #IN_PROGRESS} again so that the replay can be resumed. Whether a level was ever finished
 * is {@link LevelProgress#everCompleted()}.
 */
public enum LevelState {
    /** Never played (also the value for a level the profile has no entry for). */
    NOT_STARTED,
    /** An attempt is under way; {@link LevelProgress#step()} and {@link LevelProgress#questionIndex()} say where. */
    IN_PROGRESS,
    /** The latest attempt was finished. */
    DONE
}
