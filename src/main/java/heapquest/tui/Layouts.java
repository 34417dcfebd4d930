package heapquest.tui;

import heapquest.engine.trace.HeapState;
import heapquest.engine.trace.ObjectView;
import heapquest.tui.heap.Diagram;
import heapquest.tui.heap.HeapLayout;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A memo of {@link HeapLayout#layout}: laying out a big heap and routing its arrows costs more
 * than drawing a frame, and every frame of a step draws the same layout. The function is pure, so
 * remembering its results does not change what update and view compute; it only saves the work.
 * Keys compare the heap state by identity (the state stores the HeapState of its step).
 */
public final class Layouts {
    private static final int SIZE = 6;

    private record Key(HeapState heap, List<ObjectView> ghosts, int viewW, int viewH) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.heap == heap && k.ghosts == ghosts && k.viewW == viewW && k.viewH == viewH;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(heap) * 31 + System.identityHashCode(ghosts) * 7 + viewW * 1009 + viewH;
        }
    }

    private final Map<Key, Diagram> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Diagram> e) {
            return size() > SIZE;
        }
    };

    public Diagram diagram(HeapState heap, List<ObjectView> ghosts, int viewW, int viewH) {
        return cache.computeIfAbsent(new Key(heap, ghosts, viewW, viewH), k -> HeapLayout.layout(heap, ghosts, viewW, viewH));
    }
}
