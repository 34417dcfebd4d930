package heapquest.progress;

/**
 * The stars rule, as a pure function of one finished attempt.
 *
 * <ul>
 *   <li>3 stars: every question right first time and no hint used;</li>
 *   <li>2 stars: at least two thirds of the questions right first time (hints allowed);</li>
 *   <li>1 star: the level was finished;</li>
 *   <li>0 stars: never finished (no call to this function; the value a level starts with).</li>
 * </ul>
 *
 * A level without questions, finished without hints, earns 3 stars: there was nothing to get wrong.
 * A level keeps the best stars of all its attempts, so replaying can never lose stars.
 */
public final class Stars {
    public static final int MAX = 3;

    private Stars() {
    }

    /**
     * Stars for a finished attempt.
     *
     * @param rightFirstTime questions answered right at the first try in this attempt
     * @param questions      questions answered in this attempt
     * @param hintsUsed      hints used in this attempt
     */
    public static int forFinishedAttempt(int rightFirstTime, int questions, int hintsUsed) {
        if (rightFirstTime < 0 || questions < 0 || hintsUsed < 0 || rightFirstTime > questions) {
            throw new IllegalArgumentException("impossible attempt: " + rightFirstTime + " right first time of "
                    + questions + " questions, " + hintsUsed + " hints");
        }
        if (rightFirstTime == questions && hintsUsed == 0) {
            return 3;
        }
        // Integer arithmetic: right/questions >= 2/3 without rounding trouble (e.g. 2 of 3 is exactly 2/3).
        if (3L * rightFirstTime >= 2L * questions) {
            return 2;
        }
        return 1;
    }
}
