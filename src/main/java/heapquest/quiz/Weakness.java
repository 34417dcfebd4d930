package heapquest.quiz;

import heapquest.level.Level;
import heapquest.progress.ConceptStats;
import heapquest.progress.Profile;

import java.util.Map;

/**
 * How much each level needs practice, from the player's answer history per concept: the weight a
 * quiz draws it with.
 *
 * <p>A concept never asked weighs 1 (unseen counts as weak: a quiz is where a player finds out);
 * an asked one {@code 1 - mastery}, so a concept answered badly weighs nearly 1 and a mastered one
 * little, but never less than {@link #FLOOR}, so that nothing learnt drops out of the quizzes for
 * good. A level weighs the mean of its concepts (1 when it names none).
 */
public final class Weakness {

    /** The least a concept weighs: a twentieth of an unseen one. */
    public static final double FLOOR = 0.05;

    /** Every level alike: what a seeded quiz uses, so that it is the same for every player. */
    public static final Weakness UNIFORM = new Weakness(Map.of(), true);

    private final Map<String, ConceptStats> concepts;
    private final boolean uniform;

    private Weakness(Map<String, ConceptStats> concepts, boolean uniform) {
        this.concepts = Map.copyOf(concepts);
        this.uniform = uniform;
    }

    public static Weakness of(Profile profile) {
        return new Weakness(profile.concepts(), false);
    }

    /** The weight of one concept, in [FLOOR, 1]. */
    public double of(String concept) {
        if (uniform) {
            return 1.0;
        }
        ConceptStats s = concepts.getOrDefault(concept, ConceptStats.NONE);
        return s.asked() == 0 ? 1.0 : Math.max(FLOOR, 1.0 - s.mastery());
    }

    /** The weight of a level: the mean of its concepts'. */
    public double of(Level level) {
        if (level.concepts().isEmpty()) {
            return 1.0;
        }
        return level.concepts().stream().mapToDouble(this::of).average().orElse(1.0);
    }
}
