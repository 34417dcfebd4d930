package heapquest.quiz;

/**
 * What quiz to make.
 *
 * @param questions how many questions (fewer when the filter leaves fewer)
 * @param seed      the draw's seed
 * @param seeded    true when the player chose the seed ({@code --seed}): the draw then ignores the
 *                  player's weak spots, so that everyone with that seed (a class handed one test)
 *                  gets the same questions; false for a seed picked at random, with the draw
 *                  weighted towards the player's weakest concepts
 */
public record QuizSpec(int questions, long seed, boolean seeded, QuizFilter filter) {

    public static final int DEFAULT_QUESTIONS = 10;
    public static final int MAX_QUESTIONS = 200;

    public QuizSpec {
        if (questions < 1 || questions > MAX_QUESTIONS) {
            throw new IllegalArgumentException("the number of questions must be from 1 to " + MAX_QUESTIONS
                    + ", not " + questions);
        }
        filter = filter == null ? QuizFilter.ALL : filter;
    }

    public static QuizSpec seeded(int questions, long seed, QuizFilter filter) {
        return new QuizSpec(questions, seed, true, filter);
    }

    public static QuizSpec weighted(int questions, long randomSeed, QuizFilter filter) {
        return new QuizSpec(questions, randomSeed, false, filter);
    }
}
