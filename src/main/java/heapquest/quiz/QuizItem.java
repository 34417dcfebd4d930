package heapquest.quiz;

import heapquest.level.Level;
import heapquest.level.QuestionKind;
import heapquest.level.Solution;
import heapquest.level.Solved;
import heapquest.level.Timing;

import java.util.List;

/**
 * One question of a quiz: the level it comes from, the question with its answer (from the
 * level's {@link Solution}), and what a front end shows to ask it without the heap: the program
 * and the line the question is about.
 *
 * @param number 1-based place in the quiz
 */
public record QuizItem(int number, Level level, Solution solution, Solved solved) {

    /** The program line the question is about. */
    public int line() {
        return solved.line();
    }

    /** Whether it asks about the state just before or just after the line runs. */
    public Timing timing() {
        return solved.question().timing();
    }

    public QuestionKind kind() {
        return solved.question().kind();
    }

    /** The program's lines, without the trailing empty one. */
    public List<String> programLines() {
        return level.program().lines().subList(0, level.program().lineCount());
    }

    /**
     * The question as the player reads it. The level's own prompt does not say which run of a line
     * in a loop or a function it means, since in the game the program stops there; a quiz has no
     * stepping, so it says so.
     */
    public String prompt() {
        int n = solved.question().occurrence();
        if (n <= 1) {
            return solved.prompt();
        }
        return solved.prompt() + " (the " + ordinal(n) + " time line " + line() + " runs)";
    }

    /** The options to pick from; empty when the answer is typed. For {@code freed}, any number of them. */
    public List<String> choices() {
        return solved.choices();
    }

    public boolean accepts(String answer) {
        return solved.check(answer);
    }

    static String ordinal(int n) {
        int tens = n % 100;
        String suffix = tens >= 11 && tens <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
