package heapquest.progress;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Everything saved for one player. Immutable: each change returns a new profile, so a change is a
 * {@code Profile -> Profile} function that {@link SaveStore#update} can apply under its lock.
 *
 * <p>Level ids and concept names are whatever the caller passes; entries are never dropped, so a
 * level removed from the pack keeps its history (and comes back if the level does).
 *
 * @param name     the profile name; the save's file name is authoritative for it
 * @param levels   per level id, sorted by id
 * @param concepts per concept name, sorted by name
 * @param quizzes  finished quizzes, oldest first
 */
@JsonPropertyOrder({"name", "levels", "concepts", "quizzes"})
public record Profile(String name, Map<String, LevelProgress> levels, Map<String, ConceptStats> concepts,
                      List<QuizResult> quizzes) {

    public Profile {
        ProfileName.validate(name);
        levels = QuizResult.sortedCopy(levels);
        concepts = QuizResult.sortedCopy(concepts);
        quizzes = quizzes == null ? List.of() : List.copyOf(quizzes);
    }

    /** A profile with nothing played. */
    public static Profile empty(String name) {
        return new Profile(name, Map.of(), Map.of(), List.of());
    }

    /** The record of a level; {@link LevelProgress#NOT_STARTED} if the profile has none. */
    public LevelProgress level(String levelId) {
        return levels.getOrDefault(Objects.requireNonNull(levelId, "levelId"), LevelProgress.NOT_STARTED);
    }

    /** Stats of a concept; {@link ConceptStats#NONE} if never asked. */
    public ConceptStats concept(String concept) {
        return concepts.getOrDefault(Objects.requireNonNull(concept, "concept"), ConceptStats.NONE);
    }

    public Profile withName(String newName) {
        return new Profile(newName, levels, concepts, quizzes);
    }

    /** This profile with {@code change} applied to one level's record. */
    public Profile withLevel(String levelId, UnaryOperator<LevelProgress> change) {
        Map<String, LevelProgress> copy = new TreeMap<>(levels);
        copy.put(levelId, Objects.requireNonNull(change.apply(level(levelId)), "changed level"));
        return new Profile(name, copy, concepts, quizzes);
    }

    /** Begins a new attempt at a level (a restart if one is under way). */
    public Profile levelStarted(String levelId, Instant now) {
        return withLevel(levelId, p -> p.begin(now));
    }

    /** Records the position reached in the level's current attempt (beginning one if needed). */
    public Profile levelProgress(String levelId, int step, int questionIndex, Instant now) {
        return withLevel(levelId, p -> p.reached(step, questionIndex, now));
    }

    /**
     * Records one settled question of a level: counts it in the level's attempt and in the history of
     * each concept it tests (a concept listed twice counts once).
     */
    public Profile answer(String levelId, Collection<String> conceptNames, boolean rightFirstTime, boolean hintUsed,
                          Instant now) {
        Profile p = withLevel(levelId, l -> l.answered(rightFirstTime, hintUsed, now));
        Map<String, ConceptStats> copy = new TreeMap<>(p.concepts);
        for (String c : new LinkedHashSet<>(conceptNames)) {
            copy.put(c, p.concept(c).plusAnswer(rightFirstTime));
        }
        return new Profile(name, p.levels, copy, quizzes);
    }

    /** Records that the level's current attempt was finished, in {@code timeMillis}. */
    public Profile levelDone(String levelId, long timeMillis, Instant now) {
        return withLevel(levelId, p -> p.finished(timeMillis, now));
    }

    /**
     * Appends a quiz result and adds its per-concept counts to the concepts' history, since a quiz
     * answer is answer history like any other. (So do not also record quiz questions with
     * {@link #answer}: they would count twice.)
     */
    public Profile quiz(QuizResult result) {
        Objects.requireNonNull(result, "result");
        Map<String, ConceptStats> copy = new TreeMap<>(concepts);
        result.perConcept().forEach((c, score) -> copy.put(c, concept(c).plus(score)));
        List<QuizResult> all = new ArrayList<>(quizzes);
        all.add(result);
        return new Profile(name, levels, copy, all);
    }
}
