package heapquest.level;

/**
 * What a view of the heap must not show while a question waits for its answer: the very number it
 * asks for. A question about the state just before a line is asked while that state is on screen,
 * so its refcounts (for a {@code refcount} question) or addresses (for an {@code id} question asking
 * the address itself) would give the answer away. Questions about the state after a line ask for a
 * prediction, and the state before is what the player reasons from, so nothing is hidden for them.
 */
public record Concealed(boolean refcounts, boolean addresses) {
    public static final Concealed NOTHING = new Concealed(false, false);

    public static Concealed during(Question q) {
        if (q.timing() != Timing.BEFORE) {
            return NOTHING;
        }
        return switch (q.kind()) {
            case REFCOUNT -> new Concealed(true, false);
            case ID -> q.changes() ? NOTHING : new Concealed(false, true);
            default -> NOTHING;
        };
    }

    /** What either hides: for several questions asked at one point. */
    public Concealed and(Concealed other) {
        return new Concealed(refcounts || other.refcounts, addresses || other.addresses);
    }

    /** A line of text about the heap (an event, a heap line) with what is hidden replaced by "?". */
    public String apply(String text) {
        String t = text;
        if (addresses) {
            t = t.replaceAll("0x[0-9a-f]{4,}", "0x?");
        }
        if (refcounts) {
            t = t.replaceAll("\\brc \\d+(→|->)\\d+", "rc ?").replaceAll("\\b(rc|refcount) \\d+", "$1 ?");
        }
        return t;
    }
}
