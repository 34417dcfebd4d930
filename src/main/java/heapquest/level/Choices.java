package heapquest.level;

import java.util.List;

/** How a player answers: by typing ({@link Free}), or by picking from listed or generated options. */
public sealed interface Choices {

    /** No choices: the player types the answer. */
    record Free() implements Choices {}

    /** {@code choices: auto}: the checker adds plausible wrong answers to the right one. */
    record Auto() implements Choices {}

    /** {@code choices: [...]}: the author's options; one of them (for freed: some) must be right. */
    record Listed(List<String> options) implements Choices {
        public Listed {
            options = List.copyOf(options);
        }
    }

    Choices FREE = new Free();
    Choices AUTO = new Auto();
}
