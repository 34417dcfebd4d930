package heapquest.level;

import java.util.List;

/**
 * A question with its answer, computed from the engine's trace.
 *
 * @param line    the program line the question is about (where its marker is)
 * @param prompt  the text shown to the player
 * @param choices the options offered (the author's, or generated for {@code choices: auto}); empty
 *                when the player types the answer. For {@code freed} the player picks any number.
 * @param why     the explanation from the trace: who refers to the object, the line that freed it...
 */
public record Solved(Question question, int line, String prompt, Answer answer, List<String> choices, String why) {

    public Solved {
        choices = List.copyOf(choices);
    }

    /** Whether a player's answer (typed, or the text of a choice) is right. */
    public boolean check(String input) {
        return answer.accepts(input);
    }
}
