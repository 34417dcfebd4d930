package heapquest.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A quiz being taken, immutable: the answers so far, one per question in order. Front ends ask
 * {@link #current()}, pass the player's answer to {@link #answer}, and keep the run it returns.
 */
public record QuizRun(Quiz quiz, List<Answered> answers) {

    public QuizRun {
        answers = List.copyOf(answers);
        if (answers.size() > quiz.size()) {
            throw new IllegalArgumentException("more answers than questions");
        }
    }

    public static QuizRun start(Quiz quiz) {
        return new QuizRun(quiz, List.of());
    }

    /** The question waiting for an answer; empty once all are answered. */
    public Optional<QuizItem> current() {
        return finished() ? Optional.empty() : Optional.of(quiz.items().get(answers.size()));
    }

    public boolean finished() {
        return answers.size() == quiz.size();
    }

    /**
     * The run with the current question answered. The text is checked as the game checks a typed
     * answer (forgiving about form: hex or decimal, yes/y/true, quotes of a string); for a
     * {@code freed} question it is the labels of the objects, joined with ", ".
     */
    public QuizRun answer(String given) {
        QuizItem item = current().orElseThrow(() -> new IllegalStateException("the quiz is over"));
        List<Answered> more = new ArrayList<>(answers);
        more.add(new Answered(item, given, item.accepts(given)));
        return new QuizRun(quiz, more);
    }

    /** The last answer given, for feedback. */
    public Optional<Answered> last() {
        return answers.isEmpty() ? Optional.empty() : Optional.of(answers.get(answers.size() - 1));
    }

    public QuizReport report() {
        return QuizReport.of(quiz, answers);
    }
}
