package heapquest.engine.heap;

import heapquest.engine.trace.RefReason;
import heapquest.engine.trace.TraceSink;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CPython 3.11's generational cyclic collector: three generations with thresholds (700, 10, 10),
 * gen-0 collection triggered by allocation, the gc_refs subtraction that finds unreachable groups,
 * then weakref callbacks, finalizers (PEP 442: once per object, resurrection allowed), and tp_clear
 * to break the cycles.
 */
public final class Collector {
    private final Heap heap;
    private final TraceSink sink;
    /** Generation lists in gc-list order (allocation order for objects that never moved). */
    @SuppressWarnings("unchecked")
    private final LinkedHashSet<PyObject>[] generations = new LinkedHashSet[] {
        new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>()};
    private final int[] count = {0, 0, 0};
    private final int[] threshold = {700, 10, 10};
    private boolean enabled = true;
    private boolean collecting;
    private boolean hasCollected;
    private long longLivedTotal;
    private long longLivedPending;

    Collector(Heap heap, TraceSink sink) {
        this.heap = heap;
        this.sink = sink;
    }

    /** Start-up state of a CPython 3.11 script: about 250 young objects already counted. */
    public void setStartupCounts(int c0, int c1, int c2, long longLived) {
        count[0] = c0;
        count[1] = c1;
        count[2] = c2;
        longLivedTotal = longLived;
    }

    void track(PyObject o) {
        o.gcTracked = true;
        o.generation = 0;
        generations[0].add(o);
    }

    void untrack(PyObject o) {
        if (o.generation >= 0) {
            generations[o.generation].remove(o);
        }
        o.gcTracked = false;
    }

    boolean isCollecting() {
        return collecting;
    }

    void noteAllocation() {
        count[0]++;
        if (count[0] > threshold[0] && threshold[0] != 0 && enabled && !collecting) {
            collecting = true;
            try {
                collectGenerations();
            } finally {
                collecting = false;
            }
        }
    }

    void noteFree() {
        if (count[0] > 0) {
            count[0]--;
        }
    }

    private void collectGenerations() {
        for (int i = 2; i >= 0; i--) {
            if (count[i] > threshold[i]) {
                if (i == 2 && longLivedPending < longLivedTotal / 4) {
                    continue;
                }
                collectNow(i);
                break;
            }
        }
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean on) {
        enabled = on;
    }

    public int[] counts() {
        return count.clone();
    }

    public int[] thresholds() {
        return threshold.clone();
    }

    public void setThresholds(int t0, Integer t1, Integer t2) {
        threshold[0] = t0;
        if (t1 != null) {
            threshold[1] = t1;
        }
        if (t2 != null) {
            threshold[2] = t2;
        }
    }

    /** gc.collect(generation): returns the number of unreachable objects found. */
    public int collect(int generation) {
        if (collecting) {
            return 0;
        }
        collecting = true;
        try {
            return collectNow(generation);
        } finally {
            collecting = false;
        }
    }

    /** Whether any collection (automatic or gc.collect) has run since the program started. */
    public boolean hasCollected() {
        return hasCollected;
    }

    private int collectNow(int generation) {
        hasCollected = true;
        List<PyObject> young = new ArrayList<>(generations[generation]);
        for (int i = 0; i < generation; i++) {
            young.addAll(generations[i]);
        }
        for (int i = 0; i <= generation; i++) {
            generations[i].clear();
        }
        if (generation + 1 <= 2) {
            count[generation + 1]++;
        }
        for (int i = 0; i <= generation; i++) {
            count[i] = 0;
        }
        sink.gcStarted(generation, serials(young));
        untrackAtomicTuples(young);
        young.removeIf(o -> !o.gcTracked);

        Map<PyObject, Boolean> inSet = new IdentityHashMap<>();
        for (PyObject o : young) {
            inSet.put(o, Boolean.TRUE);
            o.gcRefs = o.refcount;
        }
        subtractInternalRefs(young, inSet);
        Partition p = partition(young, inSet);

        int older = Math.min(generation + 1, 2);
        for (PyObject o : p.reachable) {
            o.generation = older;
            generations[older].add(o);
        }
        if (generation == 1) {
            longLivedPending += p.reachable.size();
        } else if (generation == 2) {
            longLivedPending = 0;
            longLivedTotal = generations[2].size();
        }
        sink.gcReachable(serials(p.reachable));
        sink.gcUnreachable(serials(p.unreachable));
        if (p.unreachable.isEmpty()) {
            finishCollection(generation, 0);
            return 0;
        }
        // The unreachable objects are in a limbo list of their own while the collector works on them.
        for (PyObject o : p.unreachable) {
            o.generation = -1;
        }
        int freedWeakrefs = handleWeakrefs(p.unreachable);
        finalizeGarbage(p.unreachable);
        List<PyObject> still = removeResurrected(p.unreachable, older);
        int found = still.size() + freedWeakrefs;
        deleteGarbage(still, older);
        finishCollection(generation, found);
        return found;
    }

    private void finishCollection(int generation, int found) {
        if (generation == 2) {
            heap.clearFreeLists();    // gc_collect_main clears the free lists after a full collection
        }
        sink.gcFinished(generation, found, 0);
    }

    private static int[] serials(List<PyObject> objs) {
        int[] out = new int[objs.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = objs.get(i).serial;
        }
        return out;
    }

    /** A tuple whose items can never be part of a cycle need not be tracked (CPython's untrack_tuples). */
    private void untrackAtomicTuples(List<PyObject> young) {
        for (PyObject o : young) {
            if (o instanceof PyTuple t && o.gcTracked && !t.keepTracked) {
                boolean atomic = true;
                for (PyObject item : t.items) {
                    if (item != null && mayBeTracked(item)) {
                        atomic = false;
                        break;
                    }
                }
                if (atomic) {
                    generations[o.generation].remove(o);
                    o.gcTracked = false;
                    sink.trackingChanged(o.serial, false);
                }
            }
        }
    }

    /** CPython's _PyObject_GC_MAY_BE_TRACKED. */
    public static boolean mayBeTracked(PyObject o) {
        if (!o.gcCapable()) {
            return false;
        }
        return !(o instanceof PyTuple) || o.gcTracked;
    }

    private static void subtractInternalRefs(List<PyObject> objs, Map<PyObject, Boolean> inSet) {
        for (PyObject o : objs) {
            o.traverse((label, target) -> {
                if (inSet.containsKey(target)) {
                    target.gcRefs--;
                }
            });
        }
    }

    private record Partition(List<PyObject> reachable, List<PyObject> unreachable) {}

    /**
     * CPython's move_unreachable: scan in list order; objects with outside references are reachable
     * and make everything they reach reachable; the rest, in list order, is garbage.
     */
    private static Partition partition(List<PyObject> objs, Map<PyObject, Boolean> inSet) {
        List<PyObject> scan = new ArrayList<>(objs);
        Set<PyObject> tentative = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        List<PyObject> reachable = new ArrayList<>();
        List<PyObject> unreachableOrder = new ArrayList<>();
        for (int i = 0; i < scan.size(); i++) {
            PyObject o = scan.get(i);
            if (o.gcRefs > 0) {
                reachable.add(o);
                o.traverse((label, target) -> {
                    if (!inSet.containsKey(target)) {
                        return;
                    }
                    if (tentative.remove(target)) {
                        target.gcRefs = 1;
                        scan.add(target);
                    } else if (target.gcRefs == 0) {
                        target.gcRefs = 1;
                    }
                });
            } else {
                tentative.add(o);
                unreachableOrder.add(o);
            }
        }
        unreachableOrder.removeIf(o -> !tentative.contains(o));
        return new Partition(reachable, unreachableOrder);
    }

    /** Clears weakrefs to garbage; calls the callbacks of weakrefs that are not garbage themselves. */
    private int handleWeakrefs(List<PyObject> unreachable) {
        Set<PyObject> garbage = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        garbage.addAll(unreachable);
        List<PyWeakref> toCall = new ArrayList<>();
        for (PyObject o : unreachable) {
            if (o.weakrefs == null || o.weakrefs.isEmpty()) {
                continue;
            }
            PyObject[] refs = o.weakrefs.toArray(new PyObject[0]);
            o.weakrefs.clear();
            for (PyObject r : refs) {
                PyWeakref w = (PyWeakref) r;
                w.target = null;
                sink.weakrefCleared(w.serial, o.serial);
                if (garbage.contains(w)) {
                    w.callback = dropCallbackOf(w);
                } else if (w.callback != null || w.nativeCallback != null) {
                    heap.incref(w, RefReason.INTERNAL, "collector");
                    toCall.add(w);
                }
            }
        }
        int freed = 0;
        for (PyWeakref w : toCall) {
            // CPython counts every weakref whose callback dropped its last reference: a weak
            // container's entry ref or finalize's ref too (Python callbacks there), not __subclasses__.
            boolean counted = !w.withoutCallbackInCPython;
            heap.invokeCallback(w);
            boolean last = w.refcount == 1;
            heap.decref(w, RefReason.INTERNAL, "collector");
            if (last && counted) {
                freed++;
            }
        }
        return freed;
    }

    private PyObject dropCallbackOf(PyWeakref w) {
        // A weakref that is itself garbage never calls back (CPython clears its callback).
        PyObject cb = w.callback;
        if (cb != null) {
            sink.referenceRemoved(w.serial, "__callback__");
            heap.decref(cb, RefReason.CONTAINER, "__callback__");
        }
        return null;
    }

    private void finalizeGarbage(List<PyObject> unreachable) {
        for (PyObject o : new ArrayList<>(unreachable)) {
            if (!o.finalized && !o.freed && heap.hooks() != null && heap.hooks().hasFinalizer(o)) {
                o.finalized = true;
                heap.incref(o, RefReason.INTERNAL, "collector");
                sink.finalizerStarted(o.serial);
                heap.hooks().runFinalizer(o);
                heap.decref(o, RefReason.INTERNAL, "collector");
            }
        }
    }

    /**
     * After finalizers ran, anything now referenced from outside the garbage was resurrected: it and
     * what it reaches go back to the old generation; the rest is still garbage.
     */
    private List<PyObject> removeResurrected(List<PyObject> unreachable, int older) {
        List<PyObject> alive = new ArrayList<>();
        for (PyObject o : unreachable) {
            if (!o.freed) {
                alive.add(o);
            }
        }
        Map<PyObject, Boolean> inSet = new IdentityHashMap<>();
        for (PyObject o : alive) {
            inSet.put(o, Boolean.TRUE);
            o.gcRefs = o.refcount;
        }
        subtractInternalRefs(alive, inSet);
        Partition p = partition(alive, inSet);
        for (PyObject o : p.reachable) {
            if (o.gcTracked) {
                o.generation = older;
                generations[older].add(o);
            }
            sink.resurrected(o.serial);
        }
        return p.unreachable;
    }

    /** tp_clear each garbage object in turn; the refcount path frees what that releases. */
    private void deleteGarbage(List<PyObject> garbage, int older) {
        for (PyObject o : garbage) {
            if (o.freed) {
                continue;
            }
            heap.incref(o, RefReason.INTERNAL, "collector");
            if (!(o instanceof PyTuple)) {
                o.clear(heap);
            }
            heap.decref(o, RefReason.INTERNAL, "collector");
            if (!o.freed && o.gcTracked && o.generation < 0) {
                o.generation = older;
                generations[older].add(o);
            }
        }
    }

    /** Objects tracked in any generation, oldest generation first (gc.get_objects order). */
    public List<PyObject> trackedObjects() {
        List<PyObject> all = new ArrayList<>();
        for (int i = 2; i >= 0; i--) {
            all.addAll(generations[i]);
        }
        return all;
    }
}
