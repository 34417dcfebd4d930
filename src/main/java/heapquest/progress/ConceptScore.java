package heapquest.progress;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One quiz's score on one concept: questions about it that were right, and that were asked. */
@JsonPropertyOrder({"right", "asked"})
public record ConceptScore(int right, int asked) {
    public ConceptScore {
        if (asked < 0 || right < 0 || right > asked) {
            throw new IllegalArgumentException("concept score must satisfy 0 <= right <= asked, got "
                    + right + " of " + asked);
        }
    }
}
