package heapquest.progress;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Answer history for one concept (e.g. "refcount", "free-list-reuse"): how many questions about it
 * were asked and how many of those were answered right at the first try.
 *
 * <p>Only the counts are data. {@link #mastery()} is derived from them; it is written to the save so
 * that a person reading the file sees it, and ignored when the file is read back.
 */
@JsonPropertyOrder({"asked", "rightFirstTime", "mastery"})
@JsonIgnoreProperties(value = {"mastery"}, allowGetters = true)
public record ConceptStats(int asked, int rightFirstTime) {

    public static final ConceptStats NONE = new ConceptStats(0, 0);

    public ConceptStats {
        if (asked < 0 || rightFirstTime < 0 || rightFirstTime > asked) {
            throw new IllegalArgumentException("concept counts must satisfy 0 <= rightFirstTime <= asked, got "
                    + rightFirstTime + " of " + asked);
        }
    }

    /**
     * Mastery in [0, 1]: the smoothed ratio {@code (rightFirstTime + 1) / (asked + 2)}.
     *
     * <p>Why smoothed (Laplace's rule of succession) rather than right/asked: a concept never asked
     * is 0.5, "unknown", not 0 or a division by zero; one lucky answer gives 0.67, not 100 %; and
     * with many answers the figure tends to the plain ratio. It never reaches 0 or 1 exactly.
     */
    @JsonProperty("mastery")
    public double mastery() {
        return (rightFirstTime + 1.0) / (asked + 2.0);
    }

    /** These counts plus one more question. */
    public ConceptStats plusAnswer(boolean right) {
        return new ConceptStats(asked + 1, rightFirstTime + (right ? 1 : 0));
    }

    /** These counts plus a batch (e.g. a quiz's result for this concept). */
    public ConceptStats plus(ConceptScore score) {
        return new ConceptStats(asked + score.asked(), rightFirstTime + score.right());
    }
}
