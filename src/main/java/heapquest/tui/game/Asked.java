package heapquest.tui.game;

import heapquest.level.QuestionKind;
import heapquest.level.Solved;

/**
 * A question of the level being played: where the game stops for it, how the player answers it,
 * and, once answered, what they said and whether it was right.
 *
 * @param step   the step (of the checker's trace) at which it is asked: just before its line runs;
 *               questions about the state after a line are still asked before it, as predictions
 * @param given  the player's answer as shown back to them, null until answered
 */
public record Asked(Solved solved, int step, Input input, String given, boolean right, boolean hinted) {

    public static Asked of(Solved s, int step) {
        return new Asked(s, step, inputFor(s), null, false, false);
    }

    static Input inputFor(Solved s) {
        QuestionKind k = s.question().kind();
        if (k == QuestionKind.FREED) {
            return new Input.Objects();
        }
        if (!s.choices().isEmpty()) {
            return new Input.Pick(s.choices(), 0);
        }
        return switch (k) {
            case SAME, ALIVE -> new Input.Pick(java.util.List.of("yes", "no"), 0);
            case ID -> s.question().changes() ? new Input.Pick(java.util.List.of("yes", "no"), 0)
                    : Input.Field.empty(Input.Field.Kind.ADDRESS);
            case REFCOUNT -> Input.Field.empty(Input.Field.Kind.NUMBER);
            default -> Input.Field.empty(Input.Field.Kind.TEXT);
        };
    }

    public boolean answered() {
        return given != null;
    }

    public String id() {
        return solved.question().id();
    }

    public Asked withInput(Input i) {
        return new Asked(solved, step, i, given, right, hinted);
    }

    public Asked answer(String g, boolean r) {
        return new Asked(solved, step, input, g, r, hinted);
    }

    public Asked withHint() {
        return new Asked(solved, step, input, given, right, true);
    }
}
