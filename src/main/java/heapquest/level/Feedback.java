package heapquest.level;

import java.util.ArrayList;
import java.util.List;

/**
 * What a player is told after answering, in any front end: whether they were right with the true
 * answer, why (from the trace), and the author's explanation if the level has one.
 *
 * @param verdict "Right: 320", or "Not quite: you said 3. The answer: 1"
 * @param why     the reason computed from the trace, as {@code solve} prints it
 * @param explain the author's explanation, or "" if none
 */
public record Feedback(boolean right, String verdict, String why, String explain) {

    public static Feedback of(Solved s, String given, boolean right) {
        String answer = s.answer().display();
        String verdict = right ? "Right: " + answer : "Not quite: you said " + given + ". The answer: " + answer;
        String explain = s.question().explain() == null ? "" : s.question().explain().strip();
        return new Feedback(right, verdict, s.why(), explain);
    }

    /** The paragraphs to show, in order: the verdict, "Why: ...", then the explanation if any. */
    public List<String> paragraphs() {
        List<String> out = new ArrayList<>(List.of(verdict, "Why: " + why));
        if (!explain.isEmpty()) {
            out.add(explain);
        }
        return out;
    }
}
