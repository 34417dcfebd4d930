package heapquest.tui.game;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import heapquest.quiz.QuizReport;

import java.util.Optional;

/**
 * The quiz screen's update, pure: answering with the same keys as in the game, Enter past the
 * feedback, Esc or q to stop (the answers given are reported and recorded), and the report.
 */
public final class QuizKeys {
    private QuizKeys() {}

    /** Where the player goes after a key. */
    public enum Exit { STAY, LEAVE, QUIT }

    /**
     * @param record a report to write to the save: set once, when the report first shows (or when
     *               the player quits mid-quiz with answers given)
     */
    public record Result(QuizMode mode, Exit exit, Optional<QuizReport> record) {
        static Result stay(QuizMode m) {
            return new Result(m, Exit.STAY, Optional.empty());
        }
    }

    public static Result update(QuizMode m, KeyStroke k) {
        m = m.withNote("");
        if (k.getKeyType() == KeyType.Character && k.isCtrlDown() && k.getCharacter() == 'c') {
            return leave(m, Exit.QUIT);
        }
        boolean back = k.getKeyType() == KeyType.Escape || Play.isChar(k, 'q');
        return switch (m.phase()) {
            case LOADING, FAILED -> back ? new Result(m, Exit.LEAVE, Optional.empty()) : Result.stay(m);
            case ASKING -> asking(m, k, back);
            case FEEDBACK -> {
                if (k.getKeyType() == KeyType.Enter || Play.isChar(k, ' ')) {
                    yield report(m.next());
                }
                yield back ? report(m.next().stop()) : Result.stay(m);
            }
            case REPORT -> {
                if (k.getKeyType() == KeyType.ArrowDown || Play.isChar(k, 'j')) {
                    yield Result.stay(m.withScroll(m.scroll() + 1));
                }
                if (k.getKeyType() == KeyType.ArrowUp || Play.isChar(k, 'k')) {
                    yield Result.stay(m.withScroll(m.scroll() - 1));
                }
                yield back || k.getKeyType() == KeyType.Enter ? new Result(m, Exit.LEAVE, Optional.empty())
                        : Result.stay(m);
            }
        };
    }

    private static Result asking(QuizMode m, KeyStroke k, boolean back) {
        Optional<AnswerKeys.Outcome> o = AnswerKeys.key(m.asked().input(), k);
        if (o.isPresent()) {
            AnswerKeys.Outcome out = o.get();
            if (out instanceof AnswerKeys.Outcome.Edited e) {
                return Result.stay(m.withAsked(m.asked().withInput(e.input())));
            }
            if (out instanceof AnswerKeys.Outcome.Submitted s) {
                return Result.stay(m.answered(s.given()));
            }
            return Result.stay(m.withNote(((AnswerKeys.Outcome.Note) out).text()));
        }
        if (!back) {
            return Result.stay(m);
        }
        return m.run().answers().isEmpty() ? new Result(m, Exit.LEAVE, Optional.empty()) : report(m.stop());
    }

    /** Shows the report if the quiz is over, recording it the first time. */
    private static Result report(QuizMode m) {
        if (m.phase() != QuizMode.Phase.REPORT || m.recorded() || m.run().answers().isEmpty()) {
            return Result.stay(m);
        }
        return new Result(m.markRecorded(), Exit.STAY, Optional.of(m.report()));
    }

    /** Leaving mid-quiz: the answers given are still recorded. */
    private static Result leave(QuizMode m, Exit exit) {
        boolean unrecorded = m.run() != null && !m.recorded() && !m.run().answers().isEmpty();
        return new Result(unrecorded ? m.markRecorded() : m, exit,
                unrecorded ? Optional.of(m.report()) : Optional.empty());
    }
}
