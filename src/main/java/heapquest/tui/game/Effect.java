package heapquest.tui.game;

import heapquest.level.Level;
import heapquest.progress.Activity;

import java.util.List;

/**
 * Work update asks for but does not do itself, so that it stays pure: the game runs these after
 * each update (solving in the background, saving at once) and the results come back as messages.
 */
public sealed interface Effect {

    /** Read the level pack in this folder and the player's saves. */
    record OpenPack(java.nio.file.Path levels) implements Effect {}

    /** Compute the level's answers (the checker runs its program): may take a second on a cold JVM. */
    record Solve(Level level) implements Effect {}

    /** Draw a quiz from the pack (solving the levels drawn), weighted by the profile unless seeded. */
    record DrawQuiz(heapquest.quiz.QuizSpec spec, heapquest.progress.Profile profile) implements Effect {}

    /** Record what the player did in the saves. */
    record Record(List<Activity> activities) implements Effect {
        public Record {
            activities = List.copyOf(activities);
        }
    }
}
