package heapquest.tui;

/** Auto-play: on or off, its speed (an index into {@link #SPEEDS}), when it last advanced. */
public record Playback(boolean on, int speed, long lastAdvance) {
    /** Lines per second. */
    public static final double[] SPEEDS = {0.5, 1, 2, 4, 8, 16};

    public static final Playback OFF = new Playback(false, 2, 0);

    public long intervalMillis() {
        return Math.round(1000 / SPEEDS[speed]);
    }

    public String label() {
        double s = SPEEDS[speed];
        return (s == Math.floor(s) ? String.valueOf((int) s) : String.valueOf(s)) + " lines/s";
    }

    public Playback faster() {
        return new Playback(on, Math.min(SPEEDS.length - 1, speed + 1), lastAdvance);
    }

    public Playback slower() {
        return new Playback(on, Math.max(0, speed - 1), lastAdvance);
    }

    public Playback toggled(long now) {
        return new Playback(!on, speed, now);
    }

    public Playback advanced(long now) {
        return new Playback(on, speed, now);
    }

    public Playback stopped() {
        return new Playback(false, speed, lastAdvance);
    }
}
