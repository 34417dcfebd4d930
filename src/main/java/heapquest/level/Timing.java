package heapquest.level;

import heapquest.engine.Probe;

/**
 * When a question looks at the program: just before its line runs (the line is highlighted, not yet
 * executed) or just after (the line, and every call it made, has finished; the program is at the
 * next line of the same or an outer frame). Defaults: {@code after} for {@code output} and
 * {@code freed}, which are about the line running; {@code before} for every other kind, because the
 * player answers while paused on the line.
 */
public enum Timing {
    BEFORE("before"), AFTER("after");

    public final String key;

    Timing(String key) {
        this.key = key;
    }

    public Probe.Timing toProbe() {
        return this == BEFORE ? Probe.Timing.BEFORE : Probe.Timing.AFTER;
    }

    public static java.util.Optional<Timing> byKey(String key) {
        for (Timing t : values()) {
            if (t.key.equals(key)) {
                return java.util.Optional.of(t);
            }
        }
        return java.util.Optional.empty();
    }
}
