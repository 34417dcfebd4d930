package heapquest.tui.game;

import heapquest.level.Level;

/**
 * Work update asks for but does not do itself, so that it stays pure: the game runs these after
 * each update (solving in the background, saving at once) and the results come back as messages.
 */
public sealed interface Effect {

    /** Compute the level's answers (the checker runs its program): may take a second on a cold JVM. */
    record Solve(Level level) implements Effect {}

    record Save(LevelRecord record) implements Effect {}
}
