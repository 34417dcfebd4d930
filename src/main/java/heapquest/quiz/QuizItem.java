package heapquest.quiz;

import heapquest.level.Level;
import heapquest.level.Question;
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
 * @param solved the question as the quiz asks it (see {@link #of})
 */
public record QuizItem(int number, Level level, Solution solution, Solved solved) {

    /**
     * The item for a level's solved question, adapted to a test. The level's prompt does not say
     * which run of a line in a loop or a function it means, since in the game the program stops
     * there; a quiz does not step, so the prompt says it. And a test gives no hints: they belong
     * to learning the level (the explanation after the answer stays).
     */
    public static QuizItem of(int number, Level level, Solution solution, Solved s) {
        Question q = s.question();
        Question noHint = new Question(q.id(), q.kind(), q.marker(), q.timing(), q.exprs(), q.prompt(), q.choices(),
                null, q.explain(), q.expect(), q.occurrence(), q.changes(), q.hex(), q.pointer());
        String prompt = q.occurrence() <= 1 ? s.prompt()
                : s.prompt() + " (the " + ordinal(q.occurrence()) + " time line " + s.line() + " runs)";
        return new QuizItem(number, level, solution, new Solved(noHint, s.line(), prompt, s.answer(), s.choices(),
                s.why()));
    }

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

    /** The question as the player reads it. */
    public String prompt() {
        return solved.prompt();
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
