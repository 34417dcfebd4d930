package heapquest.tui.heap;

/**
 * How an animation frame alters one box. The neutral value {@link #NONE} draws it as usual.
 *
 * @param appear   0..1, how far a new box has appeared (1: fully)
 * @param flash    drawn in the "freed" color this frame (it blinks before dissolving)
 * @param dissolve 0..1, how much of a freed box has crumbled away
 * @param rcBefore the refcount before the step when it changed (shown as "rc 1→2"), else -1
 * @param died     a weak reference that has just gone dead
 */
public record BoxFx(double appear, boolean flash, double dissolve, long rcBefore, boolean died, Gc gc) {

    public enum Gc { NONE, CANDIDATE, MARKED, UNREACHABLE }

    public static final BoxFx NONE = new BoxFx(1, false, 0, -1, false, Gc.NONE);

    public BoxFx withAppear(double a) {
        return new BoxFx(a, flash, dissolve, rcBefore, died, gc);
    }

    public BoxFx withFlash(boolean f) {
        return new BoxFx(appear, f, dissolve, rcBefore, died, gc);
    }

    public BoxFx withDissolve(double d) {
        return new BoxFx(appear, flash, d, rcBefore, died, gc);
    }

    public BoxFx withRcBefore(long rc) {
        return new BoxFx(appear, flash, dissolve, rc, died, gc);
    }

    public BoxFx withDied(boolean d) {
        return new BoxFx(appear, flash, dissolve, rcBefore, d, gc);
    }

    public BoxFx withGc(Gc g) {
        return new BoxFx(appear, flash, dissolve, rcBefore, died, g);
    }
}
