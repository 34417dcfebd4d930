package heapquest.tui.heap;

import java.util.Map;
import java.util.Set;

/**
 * Everything an animation frame (or the selection) changes in how the diagram is drawn.
 *
 * @param boxes    per object serial
 * @param growth   per arrow source key, the fraction (0..1) of the arrow drawn so far
 * @param selected the selected object's serial, -1 for none: its box and the arrows into it light up
 * @param picked   objects picked as an answer (a "freed" question): their boxes are marked
 */
public record Effects(Map<Integer, BoxFx> boxes, Map<String, Double> growth, int selected, Set<Integer> picked) {

    public static final Effects NONE = new Effects(Map.of(), Map.of(), -1, Set.of());

    public Effects(Map<Integer, BoxFx> boxes, Map<String, Double> growth, int selected) {
        this(boxes, growth, selected, Set.of());
    }

    public BoxFx box(int id) {
        return boxes.getOrDefault(id, BoxFx.NONE);
    }

    public Effects withSelected(int id) {
        return new Effects(boxes, growth, id, picked);
    }

    /** Objects the player picked (as freed): marked on their boxes. */
    public Effects withPicked(Set<Integer> p) {
        return new Effects(boxes, growth, selected, p);
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
