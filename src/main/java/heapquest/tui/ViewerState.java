package heapquest.tui;

import heapquest.engine.trace.HeapState;
import heapquest.tui.anim.Changes;
import heapquest.tui.anim.Transition;

/**
 * The whole state of the viewer, immutable: {@link Viewer#update} makes a new one for each message.
 *
 * @param step       the step about to run (0..stepCount; stepCount means the program has ended)
 * @param heap       trace.stateBefore(step), kept so that it is computed once per step
 * @param last       what the previous step changed (shown in words), NONE at step 0
 * @param transition the animation of the last step forward, null when none is running
 * @param now        the clock of the latest Tick, milliseconds
 * @param scrollX    the diagram cell at the heap viewport's left edge
 * @param selected   serial of the selected object, -1 for none
 * @param internals  show the interpreter's own objects too (code, interned names, class dicts)
 * @param redraws    incremented by Ctrl-L; the loop then repaints every cell
 * @param barrier    the step stepping forward may not pass (a question waits there); MAX_VALUE for none
 * @param picked     objects picked as the answer to a "freed" question, drawn marked
 * @param helpScroll the first line of the help overlay shown, when it is taller than the screen
 */
public record ViewerState(Session session, int step, HeapState heap, Changes last, Transition transition, long now,
                          Playback play, int scrollX, int scrollY, int selected, boolean help, boolean internals,
                          int columns, int rows, int redraws, boolean quit, int barrier, java.util.Set<Integer> picked,
                          int helpScroll) {

    public ViewerState withStep(int s, HeapState h, Changes l, Transition t) {
        return new ViewerState(session, s, h, l, t, now, play, scrollX, scrollY, selected, help, internals, columns, rows,
                redraws, quit, barrier, picked, helpScroll);
    }

    public ViewerState withTransition(Transition t) {
        return new ViewerState(session, step, heap, last, t, now, play, scrollX, scrollY, selected, help, internals, columns,
                rows, redraws, quit, barrier, picked, helpScroll);
    }

    public ViewerState withNow(long n) {
        return new ViewerState(session, step, heap, last, transition, n, play, scrollX, scrollY, selected, help,
                internals, columns, rows, redraws, quit, barrier, picked, helpScroll);
    }

    public ViewerState withPlay(Playback p) {
        return new ViewerState(session, step, heap, last, transition, now, p, scrollX, scrollY, selected, help,
                internals, columns, rows, redraws, quit, barrier, picked, helpScroll);
    }

    public ViewerState withScroll(int x, int y) {
        return new ViewerState(session, step, heap, last, transition, now, play, x, y, selected, help, internals, columns, rows,
                redraws, quit, barrier, picked, helpScroll);
    }

    public ViewerState withSelected(int id) {
        return new ViewerState(session, step, heap, last, transition, now, play, scrollX, scrollY, id, help, internals, columns,
                rows, redraws, quit, barrier, picked, helpScroll);
    }

    public ViewerState withHelp(boolean h) {
        return new ViewerState(session, step, heap, last, transition, now, play, scrollX, scrollY, selected, h,
                internals, columns, rows, redraws, quit, barrier, picked, 0);
    }

    public ViewerState withHelpScroll(int sc) {
        return new ViewerState(session, step, heap, last, transition, now, play, scrollX, scrollY, selected, help,
                internals, columns, rows, redraws, quit, barrier, picked, Math.max(0, sc));
    }

    public ViewerState withInternals(boolean on) {
        return new ViewerState(session, step, heap, last, transition, now, play, scrollX, scrollY, selected, help, on,
                columns, rows, redraws, quit, barrier, picked, helpScroll);
    }

    public ViewerState withSize(int c, int r) {
        return new ViewerState(session, step, heap, last, transition, now, play, scrollX, scrollY, selected, help, internals, c,
                r, redraws, quit, barrier, picked, helpScroll);
    }

    public ViewerState withRedraw() {
        return new ViewerState(session, step, heap, last, transition, now, play, scrollX, scrollY, selected, help,
                internals, columns, rows, redraws + 1, quit, barrier, picked, helpScroll);
    }

    public ViewerState withQuit() {
        return new ViewerState(session, step, heap, last, transition, now, play, scrollX, scrollY, selected, help,
                internals, columns, rows, redraws, true, barrier, picked, helpScroll);
    }

    public ViewerState withBarrier(int b) {
        return new ViewerState(session, step, heap, last, transition, now, play, scrollX, scrollY, selected, help,
                internals, columns, rows, redraws, quit, b, picked, helpScroll);
    }

    public ViewerState withPicked(java.util.Set<Integer> p) {
        return new ViewerState(session, step, heap, last, transition, now, play, scrollX, scrollY, selected, help,
                internals, columns, rows, redraws, quit, barrier, java.util.Set.copyOf(p), helpScroll);
    }

    /** The last step of the program as shown (see {@link Session#endStep()}). */
    public int stepCount() {
        return session.endStep();
    }

    /** How far forward stepping may go: the end, or a question not yet answered. */
    public int limit() {
        return Math.min(stepCount(), barrier);
    }

    public boolean atEnd() {
        return step >= stepCount();
    }

    public boolean atLimit() {
        return step >= limit();
    }

    /** The 1-based source line about to run, or -1 when the program has ended. */
    public int currentLine() {
        return atEnd() ? -1 : session.trace().step(step).line();
    }

    public ScreenLayout layout() {
        return ScreenLayout.of(columns, rows, session.code().maxWidth(), session.code().lines().size(), session.play());
    }
}
