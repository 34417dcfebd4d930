package heapquest.tui.heap;

import java.util.List;

/**
 * A positioned box of the heap diagram: a frame (its names) or a live object. Coordinates are in
 * diagram cells; the painter subtracts the scroll offset.
 *
 * @param id      frame id for frames, object serial for objects
 * @param column  0 for frames, then 1.. for objects (sub-columns of a wrapped layer count apart)
 * @param garbage an object no name reaches and nothing outside its group holds: what gc.collect()
 *                would free (computed as CPython's collector does, see {@link Reachability})
 * @param ghost   an object freed by the step being animated, drawn while it dissolves
 */
public record Box(Kind kind, int id, int x, int y, int w, int h, String title, String rc, String footer,
                  List<BoxRow> rows, int column, boolean garbage, boolean ghost, boolean deadWeakref) {

    public enum Kind { FRAME, OBJECT }

    public int right() {
        return x + w;
    }

    public int bottom() {
        return y + h;
    }

    /** The row (diagram y) of row i. */
    public int rowY(int i) {
        return y + 1 + i;
    }

    /** The cell left of the box where arrows to it end, with their head. */
    public int entryX() {
        return x - 1;
    }

    public int entryY() {
        return y + 1;
    }

    public boolean contains(int px, int py) {
        return px >= x && px < x + w && py >= y && py < y + h;
    }
}
