package heapquest.engine.trace;

/** Who holds a reference to an object: a name in a frame, or a labelled slot of another object. */
public sealed interface Referrer {

    /** As a player reads it: {@code a}, {@code x in f}, {@code list [0]}, {@code Node.next}, {@code weakref (weak)}. */
    default String describe() {
        if (this instanceof Name n) {
            return n.function().equals("<module>") ? n.name() : n.name() + " in " + n.function();
        }
        Slot s = (Slot) this;
        String sep = s.label().startsWith("[") || s.label().startsWith(".") ? "" : " ";
        return s.fromType() + sep + s.label() + (s.weak() ? " (weak)" : "");
    }

    record Name(int frame, String function, String name) implements Referrer {}

    record Slot(int from, String fromType, String label, boolean weak) implements Referrer {}
}
