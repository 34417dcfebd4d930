package heapquest.progress;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A profile's record of one level.
 *
 * <p>Two kinds of fields. Per attempt (reset when an attempt begins): {@code state}, {@code step},
 * {@code questionIndex}, {@code rightFirstTime}, {@code questionsTotal}, {@code hintsUsed}. Over all
 * attempts: {@code attempts}, {@code stars} (best), {@code bestTimeMillis} (best), {@code firstPlayed},
 * {@code lastPlayed}, {@code completed} (first completion).
 *
 * <p>An attempt begins with {@link #begin}, or implicitly with any activity on a level that is not
 * {@link LevelState#IN_PROGRESS}. So a replay of a finished level counts as a new attempt without the
 * caller having to say so, while resuming a level left in progress (say, after quitting) continues
 * the same attempt.
 *
 * @param state          state of the current or last attempt
 * @param step           trace step reached in the current attempt (where to resume); 0 when not in progress
 * @param questionIndex  index of the question reached in the current attempt; 0 when not in progress
 * @param rightFirstTime questions answered right at the first try in the current/last attempt
 * @param questionsTotal questions answered in the current/last attempt
 * @param hintsUsed      hints used in the current/last attempt
 * @param attempts       attempts begun, ever
 * @param stars          best stars of a finished attempt, 0..3; 0 means never finished
 * @param bestTimeMillis fastest finished attempt, or null if none was timed
 * @param firstPlayed    when the level was first played, or null (never, or unknown after migration)
 * @param lastPlayed     when the level was last played, or null
 * @param completed      when the level was first finished, or null (never, or unknown after migration)
 */
@JsonPropertyOrder({"state", "step", "questionIndex", "rightFirstTime", "questionsTotal", "hintsUsed",
        "attempts", "stars", "bestTimeMillis", "firstPlayed", "lastPlayed", "completed"})
public record LevelProgress(
        LevelState state,
        int step,
        int questionIndex,
        int rightFirstTime,
        int questionsTotal,
        int hintsUsed,
        int attempts,
        int stars,
        Long bestTimeMillis,
        Instant firstPlayed,
        Instant lastPlayed,
        Instant completed) {

    /** The record of a level never played. */
    public static final LevelProgress NOT_STARTED =
            new LevelProgress(LevelState.NOT_STARTED, 0, 0, 0, 0, 0, 0, 0, null, null, null, null);

    public LevelProgress {
        Objects.requireNonNull(state, "state");
        requireNonNegative("step", step);
        requireNonNegative("questionIndex", questionIndex);
        requireNonNegative("rightFirstTime", rightFirstTime);
        requireNonNegative("questionsTotal", questionsTotal);
        requireNonNegative("hintsUsed", hintsUsed);
        requireNonNegative("attempts", attempts);
        if (rightFirstTime > questionsTotal) {
            throw new IllegalArgumentException("rightFirstTime (" + rightFirstTime
                    + ") cannot exceed questionsTotal (" + questionsTotal + ")");
        }
        if (stars < 0 || stars > Stars.MAX) {
            throw new IllegalArgumentException("stars must be 0.." + Stars.MAX + ", got " + stars);
        }
        if (state == LevelState.DONE && stars == 0) {
            // Finishing earns at least one star; everCompleted() relies on it.
            throw new IllegalArgumentException("a DONE level has at least 1 star");
        }
        if (bestTimeMillis != null && bestTimeMillis < 0) {
            throw new IllegalArgumentException("bestTimeMillis cannot be negative, got " + bestTimeMillis);
        }
    }

    private static void requireNonNegative(String field, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " cannot be negative, got " + value);
        }
    }

    /** True if some attempt was finished; the 1-star minimum for finishing makes this {@code stars > 0}. */
    public boolean everCompleted() {
        return stars > 0;
    }

    /** The best time, if any attempt was timed. */
    public Optional<Long> bestTime() {
        return Optional.ofNullable(bestTimeMillis);
    }

    /** A new attempt: counts of the attempt reset, position at the start. */
    public LevelProgress begin(Instant now) {
        Objects.requireNonNull(now, "now");
        return new LevelProgress(LevelState.IN_PROGRESS, 0, 0, 0, 0, 0, attempts + 1, stars, bestTimeMillis,
                firstPlayed == null ? now : firstPlayed, now, completed);
    }

    /**
     * The player reached {@code step} of the trace and question {@code questionIndex}. The values are
     * the latest position (the resume point), not a maximum: stepping back in the trace is allowed.
     */
    public LevelProgress reached(int step, int questionIndex, Instant now) {
        LevelProgress p = inAttempt(now);
        return new LevelProgress(LevelState.IN_PROGRESS, step, questionIndex, p.rightFirstTime, p.questionsTotal,
                p.hintsUsed, p.attempts, p.stars, p.bestTimeMillis, p.firstPlayed, now, p.completed);
    }

    /** One question settled: whether its first answer was right, and whether a hint was used on it. */
    public LevelProgress answered(boolean rightFirstTime, boolean hintUsed, Instant now) {
        LevelProgress p = inAttempt(now);
        return new LevelProgress(LevelState.IN_PROGRESS, p.step, p.questionIndex,
                p.rightFirstTime + (rightFirstTime ? 1 : 0), p.questionsTotal + 1,
                p.hintsUsed + (hintUsed ? 1 : 0), p.attempts, p.stars, p.bestTimeMillis, p.firstPlayed, now,
                p.completed);
    }

    /**
     * The current attempt was finished in {@code timeMillis}. Stars and best time keep the best over
     * all attempts; {@code completed} keeps the first completion; the position resets so a replay
     * starts at the beginning.
     */
    public LevelProgress finished(long timeMillis, Instant now) {
        if (timeMillis < 0) {
            throw new IllegalArgumentException("timeMillis cannot be negative, got " + timeMillis);
        }
        LevelProgress p = inAttempt(now);
        int earned = Stars.forFinishedAttempt(p.rightFirstTime, p.questionsTotal, p.hintsUsed);
        long best = p.bestTimeMillis == null ? timeMillis : Math.min(p.bestTimeMillis, timeMillis);
        return new LevelProgress(LevelState.DONE, 0, 0, p.rightFirstTime, p.questionsTotal, p.hintsUsed,
                p.attempts, Math.max(p.stars, earned), best, p.firstPlayed, now,
                p.completed == null ? now : p.completed);
    }

    // Activity outside an attempt (never played, or finished) begins one; see the class comment.
    private LevelProgress inAttempt(Instant now) {
        Objects.requireNonNull(now, "now");
        return state == LevelState.IN_PROGRESS ? this : begin(now);
    }
}
