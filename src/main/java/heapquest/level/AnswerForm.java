package heapquest.level;

import java.util.List;

/**
 * How a player gives the answer to a question, whatever the front end: the game's question panel
 * and the plain text mode both decide by this, so a question is answered the same way in each.
 */
public enum AnswerForm {
    /** One of the question's listed or generated choices. */
    CHOICE("one of the choices"),
    /** Yes or no (same, alive, and "does the id change" without choices). */
    YES_NO("yes or no"),
    /** A count. */
    NUMBER("a whole number"),
    /** An id. */
    ADDRESS("hex like 0x7f3a1c2041e0, or decimal"),
    /** A repr or printed output. */
    TEXT("as Python would show it"),
    /** The objects freed: any number of them, or none. */
    OBJECTS("the objects freed, or nothing");

    /** What the player is asked to give, in a few words. */
    public final String description;

    AnswerForm(String description) {
        this.description = description;
    }

    public static AnswerForm of(Solved s) {
        QuestionKind k = s.question().kind();
        if (k == QuestionKind.FREED) {
            return OBJECTS; // with choices too: the player may pick several, or none
        }
        if (!s.choices().isEmpty()) {
            return CHOICE;
        }
        return switch (k) {
            case SAME, ALIVE -> YES_NO;
            case ID -> s.question().changes() ? YES_NO : ADDRESS;
            case REFCOUNT -> NUMBER;
            default -> TEXT;
        };
    }

    /** The options a player picks from: the choices, or yes and no; empty for typed answers. */
    public static List<String> options(Solved s) {
        return switch (of(s)) {
            case CHOICE, OBJECTS -> s.choices();
            case YES_NO -> List.of("yes", "no");
            default -> List.of();
        };
    }
}
