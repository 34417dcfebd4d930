package heapquest.plain;

import heapquest.quiz.Quiz;
import heapquest.quiz.QuizItem;
import heapquest.quiz.QuizRun;
import heapquest.quiz.QuizSpec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Optional;

/**
 * A quiz in plain text: for each question the program with its line numbers and the asked line
 * marked (no heap: the player predicts), the question read by {@link TextQuestion}, then the
 * feedback. Stops early, keeping the answers given, when the input ends.
 */
public final class PlainQuiz {
    private static final String SEP = " - ";
    private final PrintStream out;
    private final TextQuestion asker;

    /** @param echo print the answers read (when they are piped in), so the transcript shows them */
    public PlainQuiz(BufferedReader in, PrintStream out, boolean echo) {
        this.out = out;
        this.asker = new TextQuestion(in, out, echo);
    }

    /** Asks every question; the run returned is finished unless the input ended first. */
    public QuizRun take(Quiz quiz) throws IOException {
        intro(quiz);
        QuizRun run = QuizRun.start(quiz);
        while (run.current().isPresent()) {
            QuizItem item = run.current().get();
            out.println();
            out.println("Question " + item.number() + " of " + quiz.size() + SEP + item.level().title()
                    + " (level " + item.level().id() + ")");
            ProgramListing.lines(item.programLines(), item.line()).forEach(out::println);
            Optional<TextQuestion.Reply> reply = asker.ask(item.solved(),
                    "Question " + item.number() + " of " + quiz.size() + ", line " + item.line());
            if (reply.isEmpty()) {
                return run;
            }
            run = run.answer(reply.get().given());
            asker.feedback(item.solved(), reply.get());
        }
        return run;
    }

    private void intro(Quiz quiz) {
        QuizSpec spec = quiz.spec();
        String how = spec.seeded()
                ? "seed " + spec.seed() + ", the same for everyone who uses it"
                : "weighted towards the concepts you are weakest at";
        out.println("Quiz: " + quiz.size() + (quiz.size() == 1 ? " question" : " questions") + " from "
                + spec.filter().describe() + " (" + how + ")"
                + (quiz.size() < spec.questions() ? "; only " + quiz.size() + " match." : "."));
        for (String s : quiz.skipped()) {
            out.println("Left out, as it cannot be played: " + s);
        }
        out.println("Predict each answer from the program alone: a quiz shows no heap. "
                + "The marked line (>) is the one asked about. End of input stops, keeping your answers.");
    }
}
