package heapquest.tui.heap;

/**
 * A routed arrow from a name or slot to an object. The path is the cells it passes, from the one
 * right of the source border to its end: the head cell left of the target box, or a cell of an
 * arrow already drawn to the same target, which it joins (arrows to one object merge into one
 * head, as a bus). routed is false when no path was found; the painter then writes the target's
 * address next to the source instead of a line.
 */
public record Route(String sourceKey, int sourceBox, boolean sourceIsFrame, int target, boolean weak,
                    int[] xs, int[] ys, boolean head, boolean routed) {

    public int length() {
        return xs.length;
    }

    public int startX() {
        return xs.length == 0 ? -1 : xs[0];
    }

    public int startY() {
        return ys.length == 0 ? -1 : ys[0];
    }
}
