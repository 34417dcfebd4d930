package heapquest.progress;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One finished quiz.
 *
 * @param date       when it was finished
 * @param seed       the seed the quiz was drawn with, so the same quiz can be replayed
 * @param questions  questions asked
 * @param right      questions answered right
 * @param perConcept right/asked per concept; a question may count for several concepts or none,
 *                   so these need not add up to {@code questions}
 */
@JsonPropertyOrder({"date", "seed", "questions", "right", "perConcept"})
public record QuizResult(Instant date, long seed, int questions, int right, Map<String, ConceptScore> perConcept) {

    public QuizResult {
        Objects.requireNonNull(date, "date");
        if (questions < 0 || right < 0 || right > questions) {
            throw new IllegalArgumentException("quiz must satisfy 0 <= right <= questions, got "
                    + right + " of " + questions);
        }
        perConcept = sortedCopy(perConcept);
    }

    // A sorted, unmodifiable copy: immutable, and written in a stable key order.
    static <V> SortedMap<String, V> sortedCopy(Map<String, V> map) {
        TreeMap<String, V> copy = new TreeMap<>();
        if (map != null) {
            map.forEach((key, value) -> copy.put(
                    Objects.requireNonNull(key, "key"),
                    Objects.requireNonNull(value, () -> "no value for \"" + key + "\"")));
        }
        return Collections.unmodifiableSortedMap(copy);
    }
}
