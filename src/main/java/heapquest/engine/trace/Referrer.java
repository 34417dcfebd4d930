package heapquest.engine.trace;

/** Who holds a reference to an object: a name in a frame, or a labelled slot of another object. */
public sealed interface Referrer {

    record Name(int frame, String function, String name) implements Referrer {}

    record Slot(int from, String fromType, String label, boolean weak) implements Referrer {}
}
