package heapquest.tui.game;

import heapquest.level.AnswerForm;
import heapquest.level.Solved;
import heapquest.quiz.Quiz;
import heapquest.quiz.QuizItem;
import heapquest.quiz.QuizReport;
import heapquest.quiz.QuizRun;
import heapquest.quiz.QuizSpec;

import java.util.List;

/**
 * The quiz on screen, immutable: being drawn (the levels' programs run in the background), failed
 * to draw, asking a question, showing how the answer went, or the report.
 *
 * @param quiz     null while it is drawn
 * @param error    why it could not be drawn, else null
 * @param asked    the question on screen with its input; after an answer, what was said
 * @param feedback showing the result of the last answer
 * @param stopped  the player left before the end: the report is of the answers given
 * @param recorded the result went to the save (it is recorded once, when the report first shows)
 */
public record QuizMode(QuizSpec spec, Quiz quiz, String error, QuizRun run, Asked asked, boolean feedback,
                       boolean stopped, boolean recorded, String note, int scroll) {

    public enum Phase { LOADING, FAILED, ASKING, FEEDBACK, REPORT }

    public static QuizMode loading(QuizSpec spec) {
        return new QuizMode(spec, null, null, null, null, false, false, false, "", 0);
    }

    public QuizMode failed(String why) {
        return new QuizMode(spec, null, why, null, null, false, false, false, "", 0);
    }

    public QuizMode ready(Quiz q) {
        QuizRun r = QuizRun.start(q);
        return new QuizMode(q.spec(), q, null, r, r.current().map(QuizMode::ask).orElse(null), false, false, false,
                "", 0);
    }

    public Phase phase() {
        if (error != null) {
            return Phase.FAILED;
        }
        if (quiz == null) {
            return Phase.LOADING;
        }
        if (feedback) {
            return Phase.FEEDBACK;
        }
        return stopped || run.finished() ? Phase.REPORT : Phase.ASKING;
    }

    /** The question on screen (asked or just answered); null on the report. */
    public QuizItem item() {
        if (feedback) {
            return run.last().orElseThrow().item();
        }
        return run == null ? null : run.current().orElse(null);
    }

    public QuizReport report() {
        return run.report();
    }

    /**
     * How a quiz question is answered on screen: as in the game, except that the objects a line
     * frees are picked from the question's choices (there is no heap to pick them in), or typed.
     */
    static Asked ask(QuizItem item) {
        Solved s = item.solved();
        if (AnswerForm.of(s) == AnswerForm.OBJECTS) {
            Input in = s.choices().isEmpty() ? Input.Field.empty(Input.Field.Kind.TEXT)
                    : new Input.Several(s.choices(), 0, java.util.Set.of());
            return new Asked(s, 0, in, null, false, false);
        }
        return Asked.of(s, 0);
    }

    QuizMode withAsked(Asked a) {
        return new QuizMode(spec, quiz, error, run, a, feedback, stopped, recorded, note, scroll);
    }

    QuizMode withNote(String n) {
        return new QuizMode(spec, quiz, error, run, asked, feedback, stopped, recorded, n, scroll);
    }

    QuizMode withScroll(int s) {
        return new QuizMode(spec, quiz, error, run, asked, feedback, stopped, recorded, note, Math.max(0, s));
    }

    /** The current question answered: the run moves on and the feedback shows. */
    QuizMode answered(String given) {
        QuizRun next = run.answer(given);
        boolean right = next.last().orElseThrow().right();
        return new QuizMode(spec, quiz, error, next, asked.answer(given, right), true, stopped, recorded, "", 0);
    }

    /** Past the feedback: the next question, or the report. */
    QuizMode next() {
        Asked a = run.current().map(QuizMode::ask).orElse(null);
        return new QuizMode(spec, quiz, error, run, a, false, stopped, recorded, "", 0);
    }

    QuizMode stop() {
        return new QuizMode(spec, quiz, error, run, null, false, true, recorded, "", 0);
    }

    QuizMode markRecorded() {
        return new QuizMode(spec, quiz, error, run, asked, feedback, stopped, true, note, scroll);
    }

    /** Lines of the report, for the view. */
    List<String> reportLines() {
        return report().lines();
    }
}
