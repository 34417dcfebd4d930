package heapquest.tui.heap;

/**
 * One line inside a box: a name or a slot ({@code [0]}, {@code .next}, {@code ['k']}) and what it
 * holds. When it holds a boxed object, target is that object's serial and an arrow leaves the
 * box's right border on this row; static objects (small ints, None...) are shown inline instead.
 *
 * @param sourceKey identifies the reference across steps, so an animation can find "the arrow of
 *                  name b" in both states: {@code n:<frame>:<name>} or {@code s:<obj>:<label>}
 */
public record BoxRow(String label, String value, Kind kind, int target, boolean weak, String sourceKey) {

    public enum Kind {
        /** The object's own value (a scalar's repr). */
        VALUE,
        /** A static object shown inline. */
        INLINE,
        /** A reference drawn as an arrow; value is the target's type. */
        ARROW,
        /** A dead weak reference. */
        DEAD,
        /** "… 12 more" for slots that did not fit. */
        MORE,
        /** A remark in place of rows ("no names yet"). */
        NOTE
    }

    public boolean hasArrow() {
        return kind == Kind.ARROW && target >= 0;
    }
}
