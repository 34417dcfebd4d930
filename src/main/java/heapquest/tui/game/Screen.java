package heapquest.tui.game;

import heapquest.level.Level;

/** Where the player is: the level map, a lesson, waiting for a level, playing it, its summary. */
public sealed interface Screen {

    /**
     * The levels and the saves are being read (the first frame does not wait for them); error when
     * that failed.
     */
    record Opening(String error) implements Screen {}

    /** @param cursor index into the game's level list */
    record LevelMap(int cursor) implements Screen {}

    /** The lesson before a level: Enter plays, Esc goes back. */
    record Lesson(Level level, int scroll) implements Screen {}

    /** The level's answers are still being computed; error when that failed. */
    record Loading(Level level, String error) implements Screen {}

    record Playing(PlayState play) implements Screen {}

    /** A quiz: questions drawn from the levels, asked without the heap. quitAfter: leaving it ends the game. */
    record Quiz(QuizMode mode, boolean quitAfter) implements Screen {}

    /** The end of a level: how it went (the profile's record of it), and what comes next (null after the last level). */
    record Summary(Level level, int questions, Level next) implements Screen {}
}
