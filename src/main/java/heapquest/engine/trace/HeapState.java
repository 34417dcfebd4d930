package heapquest.engine.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything alive just before a step runs: the frames (outermost first) with their names, every
 * live object (in address order) and the output printed so far.
 */
public final class HeapState {
    private final int step;
    private final List<FrameView> frames;
    private final List<ObjectView> objects;
    private final String output;
    private final Map<Integer, ObjectView> byId = new HashMap<>();
    private final Map<Long, ObjectView> byAddress = new HashMap<>();

    public HeapState(int step, List<FrameView> frames, List<ObjectView> objects, String output) {
        this.step = step;
        this.frames = List.copyOf(frames);
        this.objects = List.copyOf(objects);
        this.output = output;
        for (ObjectView o : this.objects) {
            byId.put(o.id(), o);
            byAddress.put(o.address(), o);
        }
    }

    public int step() {
        return step;
    }

    public List<FrameView> frames() {
        return frames;
    }

    public List<ObjectView> objects() {
        return objects;
    }

    /** Standard output printed before this step. */
    public String output() {
        return output;
    }

    public Optional<ObjectView> object(int id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<ObjectView> objectAt(long address) {
        return Optional.ofNullable(byAddress.get(address));
    }

    /** Names and slots that refer to the object, strong and weak: the answer to "who holds this?". */
    public List<Referrer> referrersOf(int id) {
        List<Referrer> out = new ArrayList<>();
        for (FrameView f : frames) {
            for (FrameView.Binding b : f.bindings()) {
                if (b.object() == id) {
                    out.add(new Referrer.Name(f.id(), f.function(), b.name()));
                }
            }
        }
        for (ObjectView o : objects) {
            for (Reference r : o.references()) {
                if (r.target() == id) {
                    out.add(new Referrer.Slot(o.id(), o.type(), r.label(), r.weak()));
                }
            }
        }
        return out;
    }
}
