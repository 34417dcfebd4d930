package heapquest.tui.game;

import heapquest.level.Level;
import heapquest.level.Solution;
import heapquest.tui.ViewerState;

import java.util.List;

/**
 * A level being played: the heap viewer over the checker's trace, the questions in the order they
 * come up, and what the question panel shows.
 *
 * @param asked    by step, then as the level lists them
 * @param feedback index of the question whose result is shown (right or wrong, the answer, why), or -1
 * @param lesson   the lesson is open over the play screen
 * @param note     a one-line remark for the player ("answer the question first"), or ""
 * @param record   the player's progress on this level so far
 */
public record PlayState(Level level, Solution solution, ViewerState viewer, List<Asked> asked, int feedback,
                        boolean lesson, int lessonScroll, String note, LevelRecord record) {

    public PlayState {
        asked = List.copyOf(asked);
    }

    /** The first question not answered yet, or -1. */
    public int current() {
        for (int i = 0; i < asked.size(); i++) {
            if (!asked.get(i).answered()) {
                return i;
            }
        }
        return -1;
    }

    /** A question is waiting for an answer at the step on screen. */
    public boolean active() {
        int c = current();
        return c >= 0 && feedback < 0 && viewer.step() == asked.get(c).step();
    }

    public int barrier() {
        int c = current();
        return c < 0 ? Integer.MAX_VALUE : asked.get(c).step();
    }

    /** Every question answered and the program run to its end: time for the summary. */
    public boolean finished() {
        return current() < 0 && feedback < 0 && !lesson && viewer.atEnd() && viewer.transition() == null;
    }

    public int hints() {
        return (int) asked.stream().filter(Asked::hinted).count();
    }

    public long right() {
        return asked.stream().filter(a -> a.answered() && a.right()).count();
    }

    public PlayState withViewer(ViewerState v) {
        return new PlayState(level, solution, v.withBarrier(barrier()), asked, feedback, lesson, lessonScroll, note,
                record);
    }

    public PlayState withAsked(int i, Asked a) {
        List<Asked> l = new java.util.ArrayList<>(asked);
        l.set(i, a);
        PlayState p = new PlayState(level, solution, viewer, l, feedback, lesson, lessonScroll, note, record);
        return p.withViewer(viewer);
    }

    public PlayState withFeedback(int f) {
        return new PlayState(level, solution, viewer, asked, f, lesson, lessonScroll, note, record);
    }

    public PlayState withLesson(boolean open, int scroll) {
        return new PlayState(level, solution, viewer, asked, feedback, open, scroll, note, record);
    }

    public PlayState withNote(String n) {
        return new PlayState(level, solution, viewer, asked, feedback, lesson, lessonScroll, n, record);
    }

    public PlayState withRecord(LevelRecord r) {
        return new PlayState(level, solution, viewer, asked, feedback, lesson, lessonScroll, note, r);
    }
}
