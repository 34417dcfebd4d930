package heapquest.engine.trace;

import java.util.List;

/** A frame at a step: the function it runs, the line it is at, and its names in binding order. */
public record FrameView(int id, String function, int line, List<Binding> bindings) {

    public record Binding(String name, int object) {}
}
