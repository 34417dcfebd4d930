package heapquest.tui;

import heapquest.engine.trace.FrameView;
import heapquest.engine.trace.HeapState;
import heapquest.engine.trace.ObjectView;
import heapquest.engine.trace.Reference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Hand-built heap states for tests: the engine is not needed to test how a heap is drawn. */
public final class Heaps {
    private Heaps() {}

    public static final long BASE = 0x7f3a8c1b2a00L;

    public static ObjectView obj(int id, String type, String summary, long rc, Reference... refs) {
        return new ObjectView(id, BASE + id * 0x40L, type, summary, rc, List.of(refs), refs.length > 0, false, false, -1);
    }

    public static ObjectView at(long address, int id, String type, String summary, long rc, Reference... refs) {
        return new ObjectView(id, address, type, summary, rc, List.of(refs), refs.length > 0, false, false, -1);
    }

    /** A small int, None, True...: static, drawn inline. */
    public static ObjectView small(int id, String summary) {
        String type = summary.equals("None") ? "NoneType" : summary.equals("True") || summary.equals("False") ? "bool" : "int";
        return new ObjectView(id, 0x9d7000L + id * 0x20L, type, summary, 1_000_000_000L, List.of(), false, true, false, -1);
    }

    public static ObjectView weakref(int id, long rc, int target) {
        return new ObjectView(id, BASE + id * 0x40L, "weakref", target < 0 ? "<weakref; dead>" : "<weakref>", rc,
                target < 0 ? List.of() : List.of(new Reference("ref", target, true)), false, false, true, target);
    }

    public static Reference ref(String label, int target) {
        return new Reference(label, target, false);
    }

    public static Reference weak(String label, int target) {
        return new Reference(label, target, true);
    }

    public static FrameView.Binding bind(String name, int obj) {
        return new FrameView.Binding(name, obj);
    }

    public static FrameView frame(int id, String function, int line, FrameView.Binding... bindings) {
        return new FrameView(id, function, line, List.of(bindings));
    }

    public static HeapState state(int step, List<FrameView> frames, List<ObjectView> objects, String output) {
        List<ObjectView> sorted = new ArrayList<>(objects);
        sorted.sort((a, b) -> Long.compare(a.address(), b.address()));
        return new HeapState(step, frames, sorted, output);
    }

    public static HeapState state(int step, FrameView frame, ObjectView... objects) {
        return state(step, List.of(frame), Arrays.asList(objects), "");
    }
}
