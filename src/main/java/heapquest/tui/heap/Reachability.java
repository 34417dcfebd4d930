package heapquest.tui.heap;

import heapquest.engine.trace.FrameView;
import heapquest.engine.trace.ObjectView;
import heapquest.engine.trace.Reference;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which objects are garbage right now: not reachable from any name, and not held by anything
 * outside their own group. This is what CPython's cyclic collector computes (subtract the
 * references objects make to each other from their refcounts; whatever keeps a positive count is
 * held from outside, and so is everything it reaches), restricted to what the viewer sees. It lets
 * the diagram mark a leaked cycle before gc.collect() runs, which is the lesson of the gc levels.
 */
final class Reachability {
    private Reachability() {}

    static Set<Integer> garbage(Collection<FrameView> frames, Map<Integer, ObjectView> objects) {
        Set<Integer> reached = new HashSet<>();
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (FrameView f : frames) {
            for (FrameView.Binding b : f.bindings()) {
                if (objects.containsKey(b.object()) && reached.add(b.object())) {
                    queue.add(b.object());
                }
            }
        }
        spread(queue, reached, objects);

        // Among the rest, count the strong references they make to each other.
        Map<Integer, Long> internal = new HashMap<>();
        for (ObjectView o : objects.values()) {
            if (reached.contains(o.id()) || o.isStatic()) {
                continue;
            }
            for (Reference r : o.references()) {
                if (!r.weak() && !reached.contains(r.target())) {
                    internal.merge(r.target(), 1L, Long::sum);
                }
            }
        }
        for (ObjectView o : objects.values()) {
            if (!reached.contains(o.id()) && !o.isStatic()
                    && o.refcount() > internal.getOrDefault(o.id(), 0L) && reached.add(o.id())) {
                queue.add(o.id()); // held from outside what we see: the interpreter, a temporary
            }
        }
        spread(queue, reached, objects);

        Set<Integer> garbage = new HashSet<>();
        for (ObjectView o : objects.values()) {
            if (!reached.contains(o.id()) && !o.isStatic()) {
                garbage.add(o.id());
            }
        }
        return garbage;
    }

    private static void spread(ArrayDeque<Integer> queue, Set<Integer> reached, Map<Integer, ObjectView> objects) {
        while (!queue.isEmpty()) {
            ObjectView o = objects.get(queue.poll());
            if (o == null) {
                continue;
            }
            for (Reference r : o.references()) {
                if (!r.weak() && objects.containsKey(r.target()) && reached.add(r.target())) {
                    queue.add(r.target());
                }
            }
        }
    }
}
