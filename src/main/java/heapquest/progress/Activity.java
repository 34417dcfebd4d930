package heapquest.progress;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Something a player did that the profile records, as data: the game and the plain mode both
 * describe what happened with these and hand them to {@link SaveStore#record}, which applies them
 * under the profile's lock (so two instances on one profile add up rather than overwrite). The
 * factories below say which activities each moment of a level records, so every front end records
 * a level the same way.
 */
public sealed interface Activity {

    /** This activity applied to {@code p} at {@code now}. */
    Profile applyTo(Profile p, Instant now);

    /** A new attempt at a level begins (see {@link LevelProgress#begin}). */
    record Started(String levelId) implements Activity {
        public Started {
            Objects.requireNonNull(levelId, "levelId");
        }

        @Override
        public Profile applyTo(Profile p, Instant now) {
            return p.levelStarted(levelId, now);
        }
    }

    /** Where the player is: the trace step and how many of the level's questions are settled (the resume point). */
    record Reached(String levelId, int step, int questionIndex) implements Activity {
        public Reached {
            Objects.requireNonNull(levelId, "levelId");
            if (step < 0 || questionIndex < 0) {
                throw new IllegalArgumentException("step and questionIndex cannot be negative: " + step + ", "
                        + questionIndex);
            }
        }

        @Override
        public Profile applyTo(Profile p, Instant now) {
            return p.levelProgress(levelId, step, questionIndex, now);
        }
    }

    /** One question settled (see {@link Profile#answer}). */
    record Answered(String levelId, List<String> concepts, boolean rightFirstTime, boolean hintUsed)
            implements Activity {
        public Answered {
            Objects.requireNonNull(levelId, "levelId");
            concepts = List.copyOf(concepts); // copied now: the caller may change it later
        }

        @Override
        public Profile applyTo(Profile p, Instant now) {
            return p.answer(levelId, concepts, rightFirstTime, hintUsed, now);
        }
    }

    /** The attempt under way was finished in {@code timeMillis}; stars follow from it ({@link Stars}). */
    record Finished(String levelId, long timeMillis) implements Activity {
        public Finished {
            Objects.requireNonNull(levelId, "levelId");
            if (timeMillis < 0) {
                throw new IllegalArgumentException("timeMillis cannot be negative: " + timeMillis);
            }
        }

        @Override
        public Profile applyTo(Profile p, Instant now) {
            return p.levelDone(levelId, timeMillis, now);
        }
    }

    /**
     * A quiz taken (see {@link Profile#quiz}): recorded with its date, and its counts added to the
     * concepts' history.
     */
    record QuizTaken(long seed, int questions, int right, java.util.Map<String, ConceptScore> perConcept)
            implements Activity {
        public QuizTaken {
            perConcept = java.util.Map.copyOf(perConcept);
        }

        @Override
        public Profile applyTo(Profile p, Instant now) {
            return p.quiz(new QuizResult(now, seed, questions, right, perConcept));
        }
    }

    /** All of {@code activities} applied in order, at {@code now}. */
    static Profile applyAll(Profile p, List<? extends Activity> activities, Instant now) {
        Profile out = p;
        for (Activity a : activities) {
            out = a.applyTo(out, now);
        }
        return out;
    }

    // ------------------------------------------------------------------ what each moment of a level records

    /**
     * Opening a level to play: a new attempt unless one is under way (which is then resumed at
     * {@link LevelProgress#resumeIndex()}).
     */
    static List<Activity> opening(LevelProgress current, String levelId) {
        return current.state() == LevelState.IN_PROGRESS ? List.of() : List.of(new Started(levelId));
    }

    /**
     * A question settled at trace step {@code step}, making {@code settled} questions settled in this
     * attempt: the answer (counted for each of the level's concepts) and the new resume point.
     */
    static List<Activity> settled(String levelId, List<String> concepts, boolean rightFirstTime, boolean hintUsed,
                                  int step, int settled) {
        return List.of(new Answered(levelId, concepts, rightFirstTime, hintUsed), new Reached(levelId, step, settled));
    }

    /** Leaving a level before its end, at trace step {@code step} with {@code settled} questions settled. */
    static List<Activity> leaving(String levelId, int step, int settled) {
        return List.of(new Reached(levelId, step, settled));
    }

    /** The level played to its end. */
    static List<Activity> finishing(String levelId, long timeMillis) {
        return List.of(new Finished(levelId, timeMillis));
    }
}
