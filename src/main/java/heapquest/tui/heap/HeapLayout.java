package heapquest.tui.heap;

import heapquest.engine.trace.FrameView;
import heapquest.engine.trace.HeapState;
import heapquest.engine.trace.ObjectView;
import heapquest.engine.trace.Reference;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lays out a heap state as a diagram read left to right: the frames and their names in the first
 * column, then the objects the names refer to, then what those objects refer to, and so on (each
 * column one reference further from the names, as a breadth-first walk finds them). Objects no
 * name reaches (a leaked cycle, say) come last in the first object column. A box is placed level
 * with the slot that first refers to it when the gap this leaves is small, so most arrows are
 * straight. Wide layers grow downwards (the panel scrolls); when there are more layers than fit
 * across the viewport (a long linked list is a layer per node), consecutive layers share a column
 * while it has room, so the chain runs down the column instead of off to the right. Gutters are
 * as wide as the arrows entering a column need.
 *
 * <p>Pure and deterministic: the same state and viewport give the same diagram, cell for cell.
 */
public final class HeapLayout {
    /** Columns between two columns of boxes, room for the vertical runs of arrows. */
    public static final int GUTTER = 6;
    /** Rows a box may be pushed down to line up with the slot that refers to it. */
    static final int SLACK = 6;
    static final int MAX_FRAME_WIDTH = 30;

    private HeapLayout() {}

    /** A box placed in a column and a row, before the columns get their x. */
    private record Slot(int id, int column, int y, int h) {}

    /**
     * @param ghosts objects freed by the step being animated, drawn where they would be while they
     *               dissolve; empty when nothing is animating
     * @param viewW  columns of the viewport: when the layers would be much wider, they share columns (0: never)
     * @param viewH  rows of the viewport, the height at which a column wraps (0: never)
     */
    public static Diagram layout(HeapState state, List<ObjectView> ghosts, int viewW, int viewH) {
        Map<Integer, ObjectView> all = new LinkedHashMap<>();
        Map<Integer, ObjectView> live = new LinkedHashMap<>();
        for (ObjectView o : state.objects()) {
            all.put(o.id(), o);
            live.put(o.id(), o);
        }
        Set<Integer> ghostIds = new java.util.HashSet<>();
        for (ObjectView g : ghosts) {
            if (!all.containsKey(g.id())) {
                all.put(g.id(), g);
                ghostIds.add(g.id());
            }
        }
        boolean noNames = state.frames().stream().allMatch(f -> f.bindings().isEmpty());
        if (noNames && all.values().stream().allMatch(ObjectView::isStatic)) {
            return Diagram.EMPTY;
        }
        Set<Integer> garbage = Reachability.garbage(state.frames(), live);

        Map<Integer, BoxContent.Content> contents = new HashMap<>();
        for (ObjectView o : all.values()) {
            if (!o.isStatic()) {
                contents.put(o.id(), BoxContent.ofObject(o, all::get, garbage.contains(o.id())));
            }
        }
        List<FrameView> frames = state.frames();
        List<BoxContent.Content> frameContents = new ArrayList<>();
        for (FrameView f : frames) {
            frameContents.add(BoxContent.ofFrame(f, all::get));
        }

        // Layers by a breadth-first walk from the names; first referrer remembered for alignment.
        Map<Integer, Integer> layerOf = new HashMap<>();
        Map<Integer, int[]> firstRef = new HashMap<>(); // obj -> {frame?1:0, box id, row}
        List<List<Integer>> layers = new ArrayList<>();
        layers.add(new ArrayList<>()); // layer 0 is the frames
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int fi = 0; fi < frames.size(); fi++) {
            List<BoxRow> rows = frameContents.get(fi).rows();
            for (int ri = 0; ri < rows.size(); ri++) {
                int t = rows.get(ri).target();
                if (rows.get(ri).hasArrow() && contents.containsKey(t) && !layerOf.containsKey(t)) {
                    assign(t, 1, layerOf, layers, queue);
                    firstRef.put(t, new int[] {1, frames.get(fi).id(), ri});
                }
            }
        }
        walk(queue, all, contents, layerOf, layers, firstRef);
        for (boolean ghostPass : new boolean[] {false, true}) {
            for (ObjectView o : all.values()) {
                if (!o.isStatic() && ghostIds.contains(o.id()) == ghostPass && !layerOf.containsKey(o.id())) {
                    assign(o.id(), 1, layerOf, layers, queue);
                    walk(queue, all, contents, layerOf, layers, firstRef);
                }
            }
        }

        // Place the frames, then each layer as one or more columns.
        int maxColH = viewH <= 0 ? Integer.MAX_VALUE : Math.max(viewH, 16);
        List<Box> boxes = new ArrayList<>();
        Map<Integer, Box> frameBoxes = new LinkedHashMap<>();
        Map<Integer, Box> objectBoxes = new LinkedHashMap<>();
        int fw = 0;
        for (BoxContent.Content c : frameContents) {
            fw = Math.max(fw, c.naturalWidth());
        }
        fw = Math.max(BoxContent.MIN_WIDTH, Math.min(MAX_FRAME_WIDTH, fw));
        int y = 1;
        int maxBottom = 1;
        for (int fi = 0; fi < frames.size(); fi++) {
            BoxContent.Content c = frameContents.get(fi);
            Box b = new Box(Box.Kind.FRAME, frames.get(fi).id(), 0, y, fw, c.rows().size() + 2, c.title(), "", "",
                    c.rows(), 0, false, false, false);
            boxes.add(b);
            frameBoxes.put(b.id(), b);
            y = b.bottom() + 1;
            maxBottom = Math.max(maxBottom, b.bottom());
        }
        // Rows first: where a box goes vertically does not depend on the widths of the gutters.
        List<Slot> slots = new ArrayList<>();
        List<Integer> widths = new ArrayList<>();
        widths.add(fw);
        Map<Integer, Integer> rowOfBox = new HashMap<>(); // object -> y, for alignment
        // Many layers (a long linked list is one layer per node) would make a strip far wider than
        // the screen: then consecutive layers share a column while it has room, top to bottom.
        int avgW = 0;
        for (BoxContent.Content c : contents.values()) {
            avgW += Math.min(BoxContent.MAX_WIDTH, Math.max(BoxContent.MIN_WIDTH, c.naturalWidth()));
        }
        avgW = contents.isEmpty() ? BoxContent.MIN_WIDTH : avgW / contents.size();
        int fitColumns = viewW <= 0 ? Integer.MAX_VALUE : Math.max(2, (viewW - fw) / (avgW + GUTTER));
        boolean merge = layers.size() - 1 > fitColumns && maxColH != Integer.MAX_VALUE;
        int column = 0;
        int cursor = 1;
        for (int layer = 1; layer < layers.size(); layer++) {
            List<Integer> ids = layers.get(layer);
            int cw = 0;
            int layerH = 0;
            for (int id : ids) {
                cw = Math.max(cw, contents.get(id).naturalWidth());
                layerH += contents.get(id).rows().size() + 3;
            }
            cw = Math.max(BoxContent.MIN_WIDTH, Math.min(BoxContent.MAX_WIDTH, cw));
            boolean append = merge && column > 0 && cursor + layerH - 1 <= maxColH;
            if (append) {
                widths.set(column, Math.max(widths.get(column), cw));
            } else {
                column++;
                widths.add(cw);
                cursor = 1;
            }
            boolean columnUsed = append;
            for (int id : ids) {
                int h = contents.get(id).rows().size() + 2;
                int desired = desiredY(firstRef.get(id), frameBoxes, rowOfBox);
                int yy = align(cursor, desired, h, Integer.MAX_VALUE);
                slots.add(new Slot(id, column, yy, h));
                rowOfBox.put(id, yy);
                cursor = yy + h + 1;
                columnUsed = true;
                maxBottom = Math.max(maxBottom, yy + h);
            }
        }
        // Then the gutters: as wide as the arrows entering each column need for their vertical runs.
        int columns = widths.size();
        int[] need = new int[columns + 1];
        Map<Integer, Slot> slotOf = new HashMap<>();
        for (Slot sl : slots) {
            slotOf.put(sl.id(), sl);
        }
        for (int fi = 0; fi < frames.size(); fi++) {
            Box fb = frameBoxes.get(frames.get(fi).id());
            countNeeds(frameContents.get(fi).rows(), fb.y(), slotOf, need);
        }
        for (Slot sl : slots) {
            countNeeds(contents.get(sl.id()).rows(), sl.y(), slotOf, need);
        }
        int[] xs = new int[columns];
        int x = frames.isEmpty() ? 1 - GUTTER : 0;
        for (int c = 0; c < columns; c++) {
            xs[c] = c == 0 ? x : xs[c - 1] + widths.get(c - 1) + gutter(need[c]);
        }
        for (Slot sl : slots) {
            BoxContent.Content c = contents.get(sl.id());
            Box b = new Box(Box.Kind.OBJECT, sl.id(), xs[sl.column()], sl.y(), widths.get(sl.column()), sl.h(),
                    c.title(), c.rc(), c.footer(), c.rows(), sl.column(), garbage.contains(sl.id()),
                    ghostIds.contains(sl.id()), c.deadWeakref());
            boxes.add(b);
            objectBoxes.put(sl.id(), b);
        }
        int width = xs[columns - 1] + widths.get(columns - 1) + GUTTER + (need[columns] > 0 ? need[columns] : 0);
        int height = maxBottom + 4; // corridors below the boxes for arrows that go round

        List<ArrowRouter.Request> requests = new ArrayList<>();
        for (Box b : boxes) {
            for (int i = 0; i < b.rows().size(); i++) {
                BoxRow r = b.rows().get(i);
                Box target = r.hasArrow() ? objectBoxes.get(r.target()) : null;
                if (target != null) {
                    requests.add(new ArrowRouter.Request(r.sourceKey(), b.id(), b.kind() == Box.Kind.FRAME,
                            b.right(), b.rowY(i), target, r.weak()));
                }
            }
        }
        List<Route> routes = ArrowRouter.route(width, height, boxes, requests);
        Map<String, Route> bySource = new HashMap<>();
        for (Route r : routes) {
            bySource.put(r.sourceKey(), r);
        }
        return new Diagram(width, height, List.copyOf(boxes), routes, objectBoxes, frameBoxes, bySource,
                LineMap.of(width, height, routes));
    }

    private static int align(int cursor, int desired, int h, int maxColH) {
        if (desired > cursor && desired - cursor <= SLACK && desired + h <= maxColH) {
            return desired;
        }
        return cursor;
    }

    /** The y that puts a box's first row level with the slot that first refers to it, or -1. */
    private static int desiredY(int[] ref, Map<Integer, Box> frames, Map<Integer, Integer> objectRows) {
        if (ref == null) {
            return -1;
        }
        if (ref[0] == 1) {
            Box src = frames.get(ref[1]);
            return src == null ? -1 : src.rowY(ref[2]) - 1;
        }
        Integer y = objectRows.get(ref[1]);
        return y == null ? -1 : y + 1 + ref[2] - 1;
    }

    /**
     * Counts, per target column, the arrows that will need a vertical run in the gutter before it
     * (those not level with their target's entry row). Arrows going backwards are counted against
     * the margin after the last column, which they go round through.
     */
    private static void countNeeds(List<BoxRow> rows, int boxY, Map<Integer, Slot> slotOf, int[] need) {
        for (int i = 0; i < rows.size(); i++) {
            BoxRow r = rows.get(i);
            if (!r.hasArrow() || !slotOf.containsKey(r.target())) {
                continue;
            }
            Slot sl = slotOf.get(r.target());
            if (sl.y() + 1 != boxY + 1 + i) {
                need[sl.column()]++;
            }
        }
    }

    private static int gutter(int arrows) {
        return Math.max(GUTTER, Math.min(32, 4 + arrows));
    }

    private static void assign(int id, int layer, Map<Integer, Integer> layerOf, List<List<Integer>> layers,
                               ArrayDeque<Integer> queue) {
        layerOf.put(id, layer);
        while (layers.size() <= layer) {
            layers.add(new ArrayList<>());
        }
        layers.get(layer).add(id);
        queue.add(id);
    }

    private static void walk(ArrayDeque<Integer> queue, Map<Integer, ObjectView> all,
                             Map<Integer, BoxContent.Content> contents, Map<Integer, Integer> layerOf,
                             List<List<Integer>> layers, Map<Integer, int[]> firstRef) {
        while (!queue.isEmpty()) {
            int id = queue.poll();
            int next = layerOf.get(id) + 1;
            List<BoxRow> rows = contents.get(id).rows();
            for (int ri = 0; ri < rows.size(); ri++) {
                int t = rows.get(ri).target();
                // Weak references do not place their target: an object only weakly held sits with
                // the other unreachable ones, where the collector will look for it.
                if (rows.get(ri).hasArrow() && !rows.get(ri).weak() && contents.containsKey(t) && !layerOf.containsKey(t)) {
                    assign(t, next, layerOf, layers, queue);
                    firstRef.put(t, new int[] {0, id, ri});
                }
            }
            // Slots beyond the rows shown still place their targets, one column on.
            for (Reference r : all.get(id).references()) {
                if (!r.weak() && contents.containsKey(r.target()) && !layerOf.containsKey(r.target())) {
                    assign(r.target(), next, layerOf, layers, queue);
                }
            }
        }
    }
}
