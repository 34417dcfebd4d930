package heapquest.level;

import heapquest.engine.trace.Event;
import heapquest.engine.trace.Step;
import heapquest.engine.trace.Trace;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Facts about a run gathered in one pass over its events, for the checker's explanations: where each
 * object was allocated and freed, what dropped its last reference, when weak references died, which
 * names objects had.
 */
final class TraceIndex {

    record Alloc(int obj, int step, long address, String type, String summary) {}

    /** What dropped an object's last reference, at which step. */
    record Death(int step, Event.FreeCause cause, String lastReference) {}

    record NameBinding(int step, int obj, String name, int frame, boolean module) {}

    private final Trace trace;
    final Map<Integer, Alloc> allocs = new HashMap<>();
    final Map<Integer, Death> deaths = new HashMap<>();
    /** weakref serial → {step of its line, target serial, step} of the moment it died. */
    final Map<Integer, int[]> weakrefCleared = new HashMap<>();
    final List<NameBinding> bindings = new ArrayList<>();
    final Map<Long, List<Integer>> byAddress = new HashMap<>();
    /** object serial → the frame that was running when it was allocated. */
    private final Map<Integer, Integer> allocFrame = new HashMap<>();
    /** object serial → the steps (of the line, see {@link #origins}) at which a finalizer resurrected it. */
    final Map<Integer, List<Integer>> resurrections = new HashMap<>();
    /**
     * For each event (by step, then position in the step) the step of the line it belongs to. The
     * trace records what a caller does after a call returns (binding the result, printing it, freeing
     * what the call dropped) inside the callee's last step, so that step's line is not the line that
     * did it: the caller's line is the one a learner should be shown.
     */
    private final int[][] origins;

    TraceIndex(Trace trace) {
        this.trace = trace;
        Map<Integer, String> lastDrop = new HashMap<>();
        Map<Integer, String> frameFunction = new HashMap<>();
        frameFunction.put(0, "<module>");
        origins = new int[trace.stepCount()][];
        // the step running in each active frame, innermost last
        Deque<Integer> running = new ArrayDeque<>();
        Deque<Integer> frames = new ArrayDeque<>(List.of(0));
        Map<Integer, Integer> lastDropStep = new HashMap<>();
        int exited = -1; // a frame that returned whose clean-up (its locals released) is still going on
        for (int s = 0; s < trace.stepCount(); s++) {
            Step step = trace.step(s);
            if (exited >= 0) {
                running.removeLast();
                exited = -1;
            }
            if (!running.isEmpty()) {
                running.removeLast();
            }
            running.addLast(s);
            origins[s] = new int[step.events().size()];
            int i = 0;
            for (Event e : step.events()) {
                if (exited >= 0 && (callerResumed(e, exited) || e instanceof Event.FrameExited)) {
                    running.removeLast();
                    exited = -1;
                }
                if (e instanceof Event.FrameEntered fe) {
                    running.addLast(s);
                    frames.addLast(fe.frame());
                } else if (e instanceof Event.FrameExited x && running.size() > 1) {
                    exited = x.frame();
                    frames.removeLast();
                }
                int origin = running.peekLast();
                origins[s][i++] = origin;
                if (e instanceof Event.Allocated a) {
                    allocs.put(a.obj(), new Alloc(a.obj(), s, a.address(), a.type(), a.summary()));
                    byAddress.computeIfAbsent(a.address(), k -> new ArrayList<>()).add(a.obj());
                    allocFrame.put(a.obj(), frames.peekLast());
                } else if (e instanceof Event.Resurrected r) {
                    resurrections.computeIfAbsent(r.obj(), k -> new ArrayList<>()).add(origin);
                } else if (e instanceof Event.RefcountChanged r) {
                    if (r.newCount() == 0 && r.delta() < 0) {
                        lastDrop.put(r.obj(), describeDrop(r));
                        lastDropStep.put(r.obj(), origin);
                    }
                } else if (e instanceof Event.Freed f) {
                    // a death belongs to the line that dropped the last reference, not to the weakref
                    // callbacks or finalizers that ran between that drop and the free
                    Integer dropped = lastDropStep.remove(f.obj());
                    deaths.put(f.obj(), new Death(dropped == null ? origin : dropped, f.cause(),
                            lastDrop.remove(f.obj())));
                } else if (e instanceof Event.WeakrefCleared w) {
                    weakrefCleared.putIfAbsent(w.weakref(), new int[] {origin, w.target(), s});
                } else if (e instanceof Event.FrameEntered fe) {
                    frameFunction.put(fe.frame(), fe.function());
                } else if (e instanceof Event.Bound b) {
                    bindings.add(new NameBinding(s, b.obj(), b.name(), b.frame(),
                            "<module>".equals(frameFunction.getOrDefault(b.frame(), ""))));
                }
            }
        }
    }

    /**
     * Whether, after the frame {@code exited} returned, this event is its caller at work again
     * (binding the result, storing it, calling, printing, unbinding its own names) rather than the
     * returned frame's clean-up (its locals released, and what that frees).
     */
    static boolean callerResumed(Event e, int exited) {
        return e instanceof Event.Bound || e instanceof Event.ReferenceSet || e instanceof Event.ItemInserted
                || e instanceof Event.ItemReplaced || e instanceof Event.Printed || e instanceof Event.FrameEntered
                || (e instanceof Event.Unbound u && u.frame() != exited);
    }

    private static String describeDrop(Event.RefcountChanged r) {
        String d = r.detail() == null ? "" : r.detail();
        return switch (r.reason()) {
            case NAME -> d.isEmpty() ? "a name" : "name " + d;
            case CONTAINER -> d.isEmpty() ? "a container slot" : "slot " + d;
            case ATTRIBUTE -> d.isEmpty() ? "an attribute" : "attribute " + d;
            case TEMPORARY -> "a temporary value";
            default -> r.reason().label + (d.isEmpty() ? "" : " " + d);
        };
    }

    /** The step of the line that the event at position i of step s belongs to (see {@link #origins}). */
    int originOf(int step, int i) {
        return origins[step][i];
    }

    int lineOf(int step) {
        return step >= 0 && step < trace.stepCount() ? trace.step(step).line() : -1;
    }

    /**
     * The name a learner knows obj by, among those bound to it before the given step, or null. Not
     * simply the last one: an object passed around is last bound to a callee's parameter ({@code
     * parent}) or to a finalizer's {@code self}, names the program's reader never wrote for it. So:
     * the last module-level name it had (the program's own names, the ones the player watches);
     * failing that, the last name in the frame that made it (a local of the function that created
     * it); failing that, the last name it had anywhere.
     */
    String formerName(int obj, int beforeStep) {
        String module = null;
        String maker = null;
        String last = null;
        Integer madeIn = allocFrame.get(obj);
        for (NameBinding b : bindings) {
            if (b.step() >= beforeStep) {
                break;
            }
            if (b.obj() == obj) {
                last = b.name();
                if (b.module()) {
                    module = b.name();
                }
                if (madeIn != null && madeIn == b.frame()) {
                    maker = b.name();
                }
            }
        }
        return module != null ? module : maker != null ? maker : last;
    }

    /** Whether a finalizer resurrected obj at a step from {@code from} on (by its line's step). */
    boolean resurrectedFrom(int obj, int from) {
        return resurrections.getOrDefault(obj, List.of()).stream().anyMatch(s -> s >= from);
    }

    /** The object that had the same address most recently before obj was allocated, or -1. */
    int previousAt(int obj) {
        Alloc a = allocs.get(obj);
        if (a == null) {
            return -1;
        }
        List<Integer> objs = byAddress.getOrDefault(a.address(), List.of());
        int prev = -1;
        for (int o : objs) {
            if (o == obj) {
                break;
            }
            prev = o;
        }
        return prev;
    }
}
