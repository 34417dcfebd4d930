package heapquest.tui.anim;

/**
 * An animation running from step {@code from} to {@code to}, started at {@code start} (the clock
 * of the Tick messages, in milliseconds). It is a value: the frame at any time is a pure function
 * of it and the clock ({@link Animation#effectsAt}), so input never waits for an animation.
 */
public record Transition(int from, int to, long start, Changes changes, Timeline timeline) {

    public long elapsed(long now) {
        return Math.max(0, now - start);
    }

    public boolean done(long now) {
        return elapsed(now) >= timeline.total();
    }
}
