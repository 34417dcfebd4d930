package heapquest.tui.heap;

import heapquest.level.Concealed;

import java.util.Map;
import java.util.Set;

/**
 * Everything an animation frame (or the selection) changes in how the diagram is drawn.
 *
 * @param boxes    per object serial
 * @param growth   per arrow source key, the fraction (0..1) of the arrow drawn so far
 * @param selected the selected object's serial, -1 for none: its box and the arrows into it light up
 * @param picked   objects picked as an answer (a "freed" question): their boxes are marked
 * @param concealed what the boxes must not show while a question waits (refcounts, addresses)
 */
public record Effects(Map<Integer, BoxFx> boxes, Map<String, Double> growth, int selected, Set<Integer> picked,
                      Concealed concealed) {

    public static final Effects NONE = new Effects(Map.of(), Map.of(), -1, Set.of(), Concealed.NOTHING);

    public Effects(Map<Integer, BoxFx> boxes, Map<String, Double> growth, int selected) {
        this(boxes, growth, selected, Set.of(), Concealed.NOTHING);
    }

    public BoxFx box(int id) {
        return boxes.getOrDefault(id, BoxFx.NONE);
    }

    public Effects withSelected(int id) {
        return new Effects(boxes, growth, id, picked, concealed);
    }

    /** Objects the player picked (as freed): marked on their boxes. */
    public Effects withPicked(Set<Integer> p) {
        return new Effects(boxes, growth, selected, p, concealed);
    }

    public Effects withConcealed(Concealed c) {
        return new Effects(boxes, growth, selected, picked, c);
    }

    public boolean changesLines() {
        if (!growth.isEmpty()) {
            return true;
        }
        for (BoxFx f : boxes.values()) {
            if (f.dissolve() > 0) {
                return true;
            }
        }
        return false;
    }
}
