package heapquest.engine.trace;

/** An outgoing reference of an object: label ("[0]", ".name", "['key']") and target serial. */
public record Reference(String label, int target, boolean weak) {}
