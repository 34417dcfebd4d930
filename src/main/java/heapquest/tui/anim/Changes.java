package heapquest.tui.anim;

import heapquest.engine.trace.Event;
import heapquest.engine.trace.FrameView;
import heapquest.engine.trace.HeapState;
import heapquest.engine.trace.ObjectView;
import heapquest.engine.trace.Reference;
import heapquest.engine.trace.Step;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one step changed, as the player should see it: the net difference between the heap before
 * and after it (a temporary allocated and freed inside the line is noise here), plus what only the
 * events tell: why objects were freed and what the cyclic collector did. Also a short log in words.
 *
 * @param rebound source keys (see {@link heapquest.tui.heap.BoxRow#sourceKey()}) of names and slots
 *                that now refer to a different object, or are new
 */
public record Changes(List<Integer> created, List<ObjectView> freed, Map<Integer, Event.FreeCause> freeCause,
                      Map<Integer, Long> rcBefore, Set<String> rebound, List<Integer> weakDied, GcRun gc,
                      int outputBefore, List<String> log) {

    /** One run of the cyclic collector inside the step. */
    public record GcRun(int generation, List<Integer> candidates, List<Integer> reachable, List<Integer> unreachable,
                        int collected) {}

    public static final Changes NONE = new Changes(List.of(), List.of(), Map.of(), Map.of(), Set.of(), List.of(), null,
            0, List.of());

    public boolean isEmpty() {
        return created.isEmpty() && freed.isEmpty() && rcBefore.isEmpty() && rebound.isEmpty() && weakDied.isEmpty()
                && gc == null;
    }

    public static Changes between(HeapState before, HeapState after, Step step) {
        // The views show the program's objects only, so an object can appear in a view without being
        // made (a constant a name now refers to) or leave it without being freed (a dict key no
        // longer reachable from a name): the step's own events say which is which.
        Set<Integer> allocated = new HashSet<>();
        Set<Integer> released = new HashSet<>();
        for (Event ev : step == null ? List.<Event>of() : step.events()) {
            if (ev instanceof Event.Allocated a) {
                allocated.add(a.obj());
            } else if (ev instanceof Event.Freed f) {
                released.add(f.obj());
            }
        }
        boolean known = step != null;
        List<Integer> created = new ArrayList<>();
        Map<Integer, Long> rcBefore = new LinkedHashMap<>();
        List<Integer> weakDied = new ArrayList<>();
        List<String> log = new ArrayList<>();
        for (ObjectView o : after.objects()) {
            if (o.isStatic()) {
                continue;
            }
            ObjectView old = before.object(o.id()).orElse(null);
            if (old == null) {
                created.add(o.id());
                if (!known || allocated.contains(o.id())) {
                    log.add("new " + Describe.object(o) + (o.references().isEmpty() && o.summary() != null
                            ? " = " + Describe.cut(o.summary(), 24) : ""));
                }
            } else {
                if (old.refcount() != o.refcount()) {
                    rcBefore.put(o.id(), old.refcount());
                }
                if (o.isWeakref() && old.weakTarget() >= 0 && o.weakTarget() < 0) {
                    weakDied.add(o.id());
                }
            }
        }
        Set<String> rebound = new LinkedHashSet<>();
        Map<String, Integer> oldTargets = targets(before);
        Map<String, Integer> newTargets = targets(after);
        for (Map.Entry<String, Integer> e : newTargets.entrySet()) {
            Integer old = oldTargets.get(e.getKey());
            if (old == null || !old.equals(e.getValue())) {
                ObjectView t = after.object(e.getValue()).orElse(null);
                if (t != null && !t.isStatic()) {
                    rebound.add(e.getKey());
                }
                if (e.getKey().startsWith("n:") && t != null) {
                    log.add(e.getKey().substring(e.getKey().indexOf(':', 2) + 1) + " → " + Describe.object(t));
                }
            }
        }
        for (Map.Entry<Integer, Long> e : rcBefore.entrySet()) {
            ObjectView o = after.object(e.getKey()).orElseThrow();
            log.add("rc " + e.getValue() + "→" + o.refcount() + "  " + Describe.object(o));
        }
        Map<Integer, Event.FreeCause> causes = new HashMap<>();
        GcRun gc = null;
        List<Integer> candidates = List.of();
        List<Integer> reachable = new ArrayList<>();
        List<Integer> unreachable = new ArrayList<>();
        int generation = 0;
        int collected = 0;
        boolean sawGc = false;
        for (Event ev : step == null ? List.<Event>of() : step.events()) {
            if (ev instanceof Event.Freed f) {
                causes.put(f.obj(), f.cause());
            } else if (ev instanceof Event.GcStarted g) {
                sawGc = true;
                generation = g.generation();
                candidates = g.candidates();
            } else if (ev instanceof Event.GcReachable r) {
                reachable.addAll(r.objs());
            } else if (ev instanceof Event.GcUnreachable u) {
                unreachable.addAll(u.objs());
            } else if (ev instanceof Event.GcFinished f) {
                collected += f.collected();
                log.add("gc: " + unreachable.size() + " unreachable, " + f.collected() + " collected (gen "
                        + f.generation() + ")");
            } else if (ev instanceof Event.FinalizerStarted f) {
                ObjectView o = before.object(f.obj()).or(() -> after.object(f.obj())).orElse(null);
                log.add("__del__ of " + (o == null ? "#" + f.obj() : Describe.object(o)));
            } else if (ev instanceof Event.CallbackStarted cb) {
                log.add("callback " + cb.function() + " of weakref #" + cb.weakref());
            } else if (ev instanceof Event.Resurrected r) {
                log.add("resurrected #" + r.obj());
            }
        }
        if (sawGc) {
            gc = new GcRun(generation, List.copyOf(candidates), List.copyOf(reachable), List.copyOf(unreachable),
                    collected);
        }
        List<ObjectView> freed = new ArrayList<>();
        for (ObjectView o : before.objects()) {
            if (!o.isStatic() && after.object(o.id()).isEmpty() && (!known || released.contains(o.id()))) {
                freed.add(o);
                Event.FreeCause c = causes.getOrDefault(o.id(), Event.FreeCause.REFCOUNT);
                log.add("freed " + Describe.object(o) + (c == Event.FreeCause.GC ? "  (by gc)" : "  (refcount 0)"));
            }
        }
        for (int id : weakDied) {
            log.add("weakref " + after.object(id).map(ObjectView::hexAddress).orElse("?") + " is dead now");
        }
        return new Changes(List.copyOf(created), List.copyOf(freed), Map.copyOf(causes), Map.copyOf(rcBefore),
                Set.copyOf(rebound), List.copyOf(weakDied), gc, before.output().length(), List.copyOf(log));
    }

    /** Every name and slot with the object it refers to, by source key. */
    private static Map<String, Integer> targets(HeapState s) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (FrameView f : s.frames()) {
            for (FrameView.Binding b : f.bindings()) {
                m.put("n:" + f.id() + ":" + b.name(), b.object());
            }
        }
        for (ObjectView o : s.objects()) {
            for (Reference r : o.references()) {
                m.put("s:" + o.id() + ":" + r.label(), r.target());
            }
        }
        return m;
    }
}
