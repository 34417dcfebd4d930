package heapquest.tui;

import com.googlecode.lanterna.input.KeyStroke;

/** Everything that can change the state: a key, the clock, the terminal's size, work finished in the background. */
public sealed interface Msg {

    record Key(KeyStroke stroke) implements Msg {}

    /** The clock moved on; now is in milliseconds (any origin, only differences matter). */
    record Tick(long now) implements Msg {}

    record Resize(int columns, int rows) implements Msg {}

    /** The level pack and the player's saves, read in the background when the game opens. */
    record PackOpened(heapquest.level.LevelPack pack, heapquest.progress.LoadResult saved) implements Msg {}

    /** The pack or the saves could not be read: why, in words for the player. */
    record OpenFailed(String error) implements Msg {}

    /** A level's answers, computed in the background (see the game's effects). */
    record Solved(heapquest.level.Solution solution) implements Msg {}

    /** Computing a level's answers failed (an engine error): the player is told, not crashed on. */
    record SolveFailed(String levelId, String error) implements Msg {}

    /** A quiz drawn in the background, its levels solved (see the game's effects). */
    record QuizReady(heapquest.quiz.Quiz quiz) implements Msg {}

    /** No quiz could be drawn: why, in words for the player. */
    record QuizFailed(String error) implements Msg {}

    static Msg key(char c) {
        return new Key(new KeyStroke(c, false, false));
    }

    static Msg key(com.googlecode.lanterna.input.KeyType type) {
        return new Key(new KeyStroke(type));
    }
}
