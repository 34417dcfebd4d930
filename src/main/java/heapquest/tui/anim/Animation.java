package heapquest.tui.anim;

import heapquest.engine.trace.ObjectView;
import heapquest.tui.heap.BoxFx;
import heapquest.tui.heap.Effects;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The frame of an animation at a given time: which boxes glow, flash or crumble, how far arrows have grown. */
public final class Animation {
    static final long BLINK = 120;

    private Animation() {}

    /** Objects to keep drawing while they dissolve: the ones this step freed. */
    public static List<ObjectView> ghosts(Transition t, long now) {
        return t == null || t.done(now) ? List.of() : t.changes().freed();
    }

    public static Effects effectsAt(Transition tr, long now) {
        if (tr == null || tr.done(now)) {
            return Effects.NONE;
        }
        long t = tr.elapsed(now);
        Changes c = tr.changes();
        Timeline tl = tr.timeline();
        Map<Integer, BoxFx> boxes = new HashMap<>();
        for (int id : c.created()) {
            if (t < tl.appear()) {
                boxes.put(id, BoxFx.NONE.withAppear((double) t / tl.appear()));
            }
        }
        if (t < tl.rcHold()) {
            for (Map.Entry<Integer, Long> e : c.rcBefore().entrySet()) {
                boxes.put(e.getKey(), fx(boxes, e.getKey()).withRcBefore(e.getValue()));
            }
            for (int id : c.weakDied()) {
                boxes.put(id, fx(boxes, id).withDied(true));
            }
        }
        if (c.gc() != null) {
            gc(c.gc(), tl, t, boxes);
        }
        long sweep = tl.sweepStart();
        for (ObjectView o : c.freed()) {
            long s = t - sweep;
            BoxFx f = fx(boxes, o.id());
            if (s < 0) {
                boxes.put(o.id(), f);
            } else if (s < tl.flash()) {
                boxes.put(o.id(), f.withFlash((s / BLINK) % 2 == 0));
            } else {
                boxes.put(o.id(), f.withDissolve(Math.min(1.0, (double) (s - tl.flash()) / tl.dissolve())));
            }
        }
        Map<String, Double> growth = new HashMap<>();
        if (t < tl.grow()) {
            for (String key : c.rebound()) {
                growth.put(key, (double) t / tl.grow());
            }
        }
        return new Effects(boxes, growth, -1);
    }

    private static BoxFx fx(Map<Integer, BoxFx> boxes, int id) {
        return boxes.getOrDefault(id, BoxFx.NONE);
    }

    private static void gc(Changes.GcRun gc, Timeline tl, long t, Map<Integer, BoxFx> boxes) {
        if (t < tl.markEnd()) {
            for (int id : gc.candidates()) {
                boxes.put(id, fx(boxes, id).withGc(BoxFx.Gc.CANDIDATE));
            }
            List<Integer> r = gc.reachable();
            long reached = tl.markStep() == 0 ? r.size() : Math.min(r.size(), t / tl.markStep() + 1);
            for (int i = 0; i < reached; i++) {
                boxes.put(r.get(i), fx(boxes, r.get(i)).withGc(BoxFx.Gc.MARKED));
            }
        } else if (t < tl.unreachableEnd() + tl.flash()) {
            Set<Integer> un = new HashSet<>(gc.unreachable());
            for (int id : gc.reachable()) {
                if (!un.contains(id)) {
                    boxes.put(id, fx(boxes, id).withGc(BoxFx.Gc.MARKED));
                }
            }
            for (int id : un) {
                boxes.put(id, fx(boxes, id).withGc(BoxFx.Gc.UNREACHABLE));
            }
        }
    }
}
