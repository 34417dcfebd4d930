package heapquest.tui.heap;

import java.util.List;
import java.util.Map;

/** The laid-out heap: boxes and routed arrows in a width x height plane of cells. */
public record Diagram(int width, int height, List<Box> boxes, List<Route> routes,
                      Map<Integer, Box> objectBoxes, Map<Integer, Box> frameBoxes,
                      Map<String, Route> routeBySource, LineMap lines) {

    public static final Diagram EMPTY = new Diagram(0, 0, List.of(), List.of(), Map.of(), Map.of(), Map.of(),
            LineMap.EMPTY);

    public boolean isEmpty() {
        return boxes.isEmpty();
    }
}
