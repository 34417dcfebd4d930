package heapquest.quiz;

import java.util.List;

/**
 * A quiz ready to ask.
 *
 * @param items   the questions, in course order
 * @param skipped levels that could have been drawn but could not be used, each with the reason
 *                (their program does not run on the engine, say); empty for a sound pack
 */
public record Quiz(QuizSpec spec, List<QuizItem> items, List<String> skipped) {

    public Quiz {
        items = List.copyOf(items);
        skipped = List.copyOf(skipped);
    }

    public int size() {
        return items.size();
    }
}
