package heapquest.tui.anim;

/**
 * When each phase of a step's animation happens, in milliseconds from its start. Without a
 * collection only the first phase exists (new objects appear, arrows grow, refcounts light up,
 * freed objects flash and dissolve). A collection adds: the mark spreading from the roots
 * (one object every markStep), the unreachable group highlighted, then the sweep.
 */
public record Timeline(long appear, long grow, long rcHold, long flash, long dissolve,
                       long markStep, long markEnd, long unreachableEnd, long total) {

    static final long APPEAR = 450;
    static final long GROW = 350;
    static final long RC_HOLD = 1000;
    static final long FLASH = 360;
    static final long DISSOLVE = 450;
    static final long UNREACHABLE_HOLD = 800;

    /** speed scales every duration (1 = normal, 0.25 = four times as fast). */
    public static Timeline plan(Changes c, double speed) {
        long appear = scale(APPEAR, speed);
        long grow = scale(GROW, speed);
        long rc = scale(RC_HOLD, speed);
        long flash = scale(FLASH, speed);
        long dissolve = scale(DISSOLVE, speed);
        long markStep = 0;
        long markEnd = 0;
        long unreachableEnd = 0;
        long total = Math.max(appear, grow);
        if (!c.rcBefore().isEmpty() || !c.weakDied().isEmpty()) {
            total = Math.max(total, rc);
        }
        if (c.gc() != null) {
            int marks = Math.max(1, c.gc().reachable().size());
            markStep = Math.max(15, Math.min(120, scale(1200, speed) / marks));
            markEnd = Math.max(scale(400, speed), markStep * marks + scale(200, speed));
            unreachableEnd = markEnd + scale(UNREACHABLE_HOLD, speed);
            total = Math.max(total, unreachableEnd + (c.freed().isEmpty() ? 0 : flash + dissolve));
        } else if (!c.freed().isEmpty()) {
            total = Math.max(total, flash + dissolve);
        }
        return new Timeline(appear, grow, rc, flash, dissolve, markStep, markEnd, unreachableEnd, total);
    }

    private static long scale(long ms, double speed) {
        return Math.max(1, Math.round(ms * speed));
    }

    /** When freed objects start to flash: at once, or after the mark phases of a collection. */
    public long sweepStart() {
        return unreachableEnd;
    }
}
