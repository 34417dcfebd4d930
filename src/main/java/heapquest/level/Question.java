package heapquest.level;

import java.util.List;

/**
 * One question of a level, as written (answers are never in the file; the {@link Checker} computes
 * them from the engine's trace).
 *
 * @param marker     the marker name without '@'; the question is about that program line
 * @param timing     when it looks: just before or just after the line runs (defaults per kind)
 * @param exprs      the Python expressions it is about: one ({@code expr}), two for {@code same},
 *                   none for {@code output} and {@code freed}
 * @param prompt     the text shown to the player; null for the generated default
 * @param expect     what the author believes the answer is (checked against the engine), or null;
 *                   for {@code freed} the labels joined with ", "
 * @param occurrence which execution of the line (1 = the first), for lines in loops and functions
 * @param changes    for {@code id}: ask whether id(expr) changes across the line
 * @param hex        for {@code id}: show the answer as hex(id(x)) (default) rather than id(x)
 * @param pointer    the question's JSON pointer in the file ({@code /questions/0}), for messages
 */
public record Question(String id, QuestionKind kind, String marker, Timing timing, List<String> exprs,
                       String prompt, Choices choices, String hint, String explain, String expect,
                       int occurrence, boolean changes, boolean hex, String pointer) {

    public Question {
        exprs = List.copyOf(exprs);
    }

    /** The single expression (id, refcount, alive, value). */
    public String expr() {
        return exprs.isEmpty() ? null : exprs.get(0);
    }

    /** The question as the player reads it: the author's prompt or one made from the kind. */
    public String promptText(int line) {
        if (prompt != null && !prompt.isBlank()) {
            return prompt.strip();
        }
        String when = (timing == Timing.BEFORE ? "just before" : "just after") + " line " + line + " runs";
        return switch (kind) {
            case ID -> changes
                    ? "Does id(" + expr() + ") change when line " + line + " runs?"
                    : "What is " + (hex ? "hex(id(" + expr() + "))" : "id(" + expr() + ")") + ", " + when + "?";
            case SAME -> "Are " + exprs.get(0) + " and " + exprs.get(1) + " the same object, " + when + "?";
            case REFCOUNT -> "What is sys.getrefcount(" + expr() + ") - 1, " + when + "?";
            case ALIVE -> "Is the weak reference " + expr() + " alive, " + when + "?";
            case VALUE -> "What is " + expr() + ", " + when + "?";
            case OUTPUT -> "What does line " + line + " print?";
            case FREED -> "Which objects are freed when line " + line + " runs?";
        };
    }
}
