package heapquest.engine.heap;

import heapquest.engine.trace.Event.FreeCause;
import heapquest.engine.trace.RefReason;
import heapquest.engine.trace.TraceSink;

/**
 * The simulated heap: gives objects addresses, counts their references, frees them the moment the
 * count reaches zero in CPython's order of effects, and owns the cyclic collector. Every change is
 * reported to the trace sink.
 */
public final class Heap {
    /** Static objects (small ints, None, True...) never die and are not counted. */
    public static final long STATIC_REFCOUNT = 1_000_000_000L;

    private final TraceSink sink;
    private final Allocator allocator = new Allocator();
    private final FreeLists freeLists = new FreeLists();
    private final int maxObjects;
    private final Collector collector;
    private HeapHooks hooks;
    private int nextSerial = 1;
    private int live;

    public Heap(TraceSink sink, int maxObjects) {
        this.sink = sink;
        this.maxObjects = maxObjects;
        this.collector = new Collector(this, sink);
    }

    public void setHooks(HeapHooks hooks) {
        this.hooks = hooks;
    }

    HeapHooks hooks() {
        return hooks;
    }

    public TraceSink sink() {
        return sink;
    }

    public Collector gc() {
        return collector;
    }

    public int nextSerial() {
        return nextSerial++;
    }

    public int liveObjects() {
        return live;
    }

    /** Places a static object (small int, singleton, built-in type) at its fixed address. */
    public <T extends PyObject> T registerStatic(T o, long address) {
        o.address = address;
        o.refcount = STATIC_REFCOUNT;
        sink.allocatedStatic(o.serial, address, o.typeName(), o.summary());
        return o;
    }

    public static boolean isStatic(PyObject o) {
        return o.refcount >= STATIC_REFCOUNT;
    }

    /**
     * Gives a new object its address and one reference (the caller's). GC-capable objects count
     * towards generation 0, which may start an automatic collection before the new object is tracked,
     * as in CPython 3.11.
     */
    /** Allocator state saved by {@link #saveAllocator()}; opaque to callers. */
    public Object saveAllocator() {
        return allocator.save();
    }

    public void restoreAllocator(Object state) {
        allocator.restore((Allocator.State) state);
    }

    /**
     * Once the limit is hit, a reserve opens (as CPython keeps memory to report MemoryError), so the
     * exception, its traceback and the unwinding can still allocate; past the reserve it fails again.
     */
    private int limit = -1;

    public <T extends PyObject> T allocate(T o, boolean track) {
        if (limit < 0) {
            limit = maxObjects;
        }
        if (live >= limit) {
            limit = live + 10_000;
            throw new HeapLimitError("more than " + maxObjects + " live objects");
        }
        if (o.gcCapable() && !takeFromFreeList(o)) {
            collector.noteAllocation();
        }
        long block = allocator.allocate(allocationSize(o));
        o.address = block + headerSize(o);
        o.refcount = 1;
        live++;
        if (o instanceof PyInt i && i.getClass() == PyInt.class && i.fitsLong()) {
            // Ints are not GC-capable; their summary is their digits, which the trace need not format now.
            sink.allocatedInt(o.serial, o.address, o.typeName(), i.small);
        } else {
            sink.allocated(o.serial, o.address, o.typeName(), o.summary(), track && o.gcCapable());
        }
        if (track && o.gcCapable()) {
            collector.track(o);
        }
        return o;
    }

    private static long headerSize(PyObject o) {
        long gcHead = o.gcCapable() ? 16 : 0;
        long preHeader = o instanceof PyInstance && !o.type.builtin ? 16 : 0;
        return gcHead + preHeader;
    }

    private static long allocationSize(PyObject o) {
        long base;
        if (o instanceof PyList) {
            base = 56;
        } else if (o instanceof PyDict) {
            base = 48;
        } else if (o instanceof PySet) {
            base = 200;
        } else {
            base = o.sizeof();
        }
        // sys.getsizeof already includes the GC header; instances of classes also carry a pre-header.
        return base + (o instanceof PyInstance && !o.type.builtin ? 16 : 0);
    }

    public void track(PyObject o) {
        if (!o.gcTracked && o.gcCapable() && !o.freed) {
            collector.track(o);
            sink.trackingChanged(o.serial, true);
        }
    }

    public void untrack(PyObject o) {
        if (o.gcTracked) {
            collector.untrack(o);
            sink.trackingChanged(o.serial, false);
        }
    }

    public void incref(PyObject o, RefReason reason, String detail) {
        if (o.refcount >= STATIC_REFCOUNT) {
            return;
        }
        o.refcount++;
        sink.refcount(o.serial, 1, o.refcount, reason, detail);
    }

    public void decref(PyObject o, RefReason reason, String detail) {
        if (o == null || o.refcount >= STATIC_REFCOUNT) {
            return;
        }
        if (o.refcount <= 0) {
            throw new IllegalStateException("refcount below zero for " + o);
        }
        o.refcount--;
        sink.refcount(o.serial, -1, o.refcount, reason, detail);
        if (o.refcount == 0) {
            dealloc(o);
        }
    }

    /** Drops a keyed reference held by {@code owner} (attribute, dict entry, internal slot). */
    public void releaseSlot(PyObject owner, String label, PyObject target) {
        if (target == null) {
            return;
        }
        sink.referenceRemoved(owner.serial, label);
        decref(target, label.startsWith(".") ? RefReason.ATTRIBUTE : RefReason.CONTAINER, label);
    }

    /** Drops the reference held by item {@code index} of a list or tuple (already removed from it). */
    public void releaseItem(PyObject seq, int index, PyObject target) {
        sink.itemRemoved(seq.serial, index);
        decref(target, RefReason.CONTAINER, "[" + index + "]");
    }

    /** Records a keyed reference {@code owner --label--> target} that the caller has already counted. */
    public void noteSlot(PyObject owner, String label, PyObject target) {
        sink.referenceSet(owner.serial, label, target.serial, false);
    }

    /**
     * Refcount reached zero: CPython's order is {@code __del__} (which may resurrect), then the
     * weakrefs are cleared and their callbacks run newest first, then the references the object held
     * are released, and only then is its memory returned (so its block is the newest free one).
     */
    void dealloc(PyObject o) {
        if (!o.finalized && hooks != null && hooks.hasFinalizer(o)) {
            o.finalized = true;
            o.refcount = 1;
            sink.finalizerStarted(o.serial);
            hooks.runFinalizer(o);
            o.refcount--;
            if (o.refcount > 0) {
                sink.resurrected(o.serial);
                return;
            }
        }
        clearWeakrefs(o, true);
        if (o.gcTracked) {
            collector.untrack(o);
        }
        o.clear(this);
        if (o instanceof PyInstance inst) {
            inst.releaseType(this);
        }
        free(o, collector.isCollecting() ? FreeCause.GC : FreeCause.REFCOUNT);
    }

    void free(PyObject o, FreeCause cause) {
        o.freed = true;
        live--;
        allocator.free(o.address - headerSize(o), allocationSize(o));
        if (o.gcCapable() && !keepOnFreeList(o)) {
            collector.noteFree();
        }
        sink.freed(o.serial, cause);
    }

    void clearFreeLists() {
        freeLists.clear();
    }

    private boolean takeFromFreeList(PyObject o) {
        FreeLists.Kind kind = FreeLists.kindOf(o);
        return kind != null && freeLists.take(kind, FreeLists.sizeOf(o));
    }

    private boolean keepOnFreeList(PyObject o) {
        FreeLists.Kind kind = FreeLists.kindOf(o);
        return kind != null && freeLists.keep(kind, FreeLists.sizeOf(o));
    }

    /**
     * A temporary CPython makes and drops inside one operation without the program ever seeing it
     * (type()'s argument tuple, type_new's copy of the class dict): it leaves no object in the
     * trace, only its effect on the gen-0 count and the free lists.
     */
    public void hiddenTemporaryTuple(int size) {
        hiddenTemporary(FreeLists.Kind.TUPLE, size);
    }

    public void hiddenTemporaryDict() {
        hiddenTemporary(FreeLists.Kind.DICT, 0);
    }

    private void hiddenTemporary(FreeLists.Kind kind, int size) {
        if (!freeLists.take(kind, size)) {
            collector.noteAllocation();
        }
        if (!freeLists.keep(kind, size)) {
            collector.noteFree();
        }
    }

    /**
     * Kills every weak reference to {@code o}: all are cleared first, then the callbacks of those
     * still alive run, most recently registered first, each with its (now dead) weakref.
     */
    void clearWeakrefs(PyObject o, boolean runCallbacks) {
        if (o.weakrefs == null || o.weakrefs.isEmpty()) {
            return;
        }
        PyObject[] refs = o.weakrefs.toArray(new PyObject[0]);
        o.weakrefs.clear();
        for (PyObject r : refs) {
            PyWeakref w = (PyWeakref) r;
            w.target = null;
            sink.weakrefCleared(w.serial, o.serial);
        }
        if (!runCallbacks) {
            return;
        }
        for (int i = refs.length - 1; i >= 0; i--) {
            invokeCallback((PyWeakref) refs[i]);
        }
    }

    void invokeCallback(PyWeakref w) {
        if (w.freed) {
            return;
        }
        if (w.nativeCallback != null) {
            Runnable cb = w.nativeCallback;
            w.nativeCallback = null;
            cb.run();
        }
        PyObject cb = w.callback;
        if (cb == null) {
            return;
        }
        w.callback = null;
        sink.referenceRemoved(w.serial, "__callback__");
        incref(w, RefReason.ARGUMENT, "callback argument");
        sink.callbackStarted(w.serial, cb.summary() == null ? cb.typeName() : cb.summary());
        hooks.runCallback(w, cb);
        decref(cb, RefReason.CONTAINER, "__callback__");
        decref(w, RefReason.ARGUMENT, "callback argument");
    }

    /** Registers a new weak reference to {@code target}; callback-less ones go first, as CPython keeps them. */
    public void attachWeakref(PyWeakref w, PyObject target) {
        var list = target.weakrefList();
        if (w.callback == null && w.nativeCallback == null) {
            list.add(0, w);
        } else {
            list.add(w);
        }
        sink.referenceSet(w.serial, "→", target.serial, true);
    }

    /** A weakref that dies before its referent stops referring to it. */
    void detachWeakref(PyWeakref w) {
        if (w.target != null && w.target.weakrefs != null) {
            w.target.weakrefs.remove(w);
        }
        sink.referenceRemoved(w.serial, "→");
        w.target = null;
    }

    /** Finds an existing callback-less weakref to reuse (weakref.ref(x) twice gives the same object). */
    public PyWeakref basicWeakref(PyObject target) {
        if (target.weakrefs == null) {
            return null;
        }
        for (PyObject r : target.weakrefs) {
            PyWeakref w = (PyWeakref) r;
            if (w.callback == null && w.nativeCallback == null && w.type == ((PyWeakref) r).type) {
                return w;
            }
        }
        return null;
    }
}
