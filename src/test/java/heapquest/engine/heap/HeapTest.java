package heapquest.engine.heap;

import heapquest.engine.trace.RefReason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The allocator, refcounting and the cyclic collector, driven directly without the interpreter. */
class HeapTest {
    private NullSink sink;
    private Heap heap;
    private PyType typeType;
    private PyType cls;
    private PyType listType;

    @BeforeEach
    void setUp() {
        sink = new NullSink();
        heap = new Heap(sink, 10_000);
        typeType = new PyType(heap.nextSerial(), null, "type", null, true);
        typeType.setOwnTypeTo(typeType);
        heap.registerStatic(typeType, 0x1000);
        listType = heap.registerStatic(new PyType(heap.nextSerial(), typeType, "list", null, true), 0x2000);
        cls = heap.registerStatic(new PyType(heap.nextSerial(), typeType, "C", null, true), 0x3000);
        cls.instancesWeakReferenceable = true;
    }

    private PyInstance instance() {
        return heap.allocate(new PyInstance(heap.nextSerial(), cls), true);
    }

    private void link(PyInstance from, String attr, PyObject to) {
        heap.incref(to, RefReason.ATTRIBUTE, attr);
        from.attrs.put(attr, to);
    }

    @Test
    void freedAddressIsReusedByTheNextObjectOfTheSameSizeClass() {
        PyInstance a = instance();
        long addr = a.address();
        heap.decref(a, RefReason.NAME, "a");
        assertTrue(a.isFreed());
        PyInstance b = instance();
        assertEquals(addr, b.address(), "LIFO free list gives the freed block back");
        PyInstance c = instance();
        assertNotEquals(addr, c.address());
    }

    @Test
    void freeListIsLastInFirstOut() {
        PyInstance a = instance();
        PyInstance b = instance();
        long aAddr = a.address();
        long bAddr = b.address();
        heap.decref(a, RefReason.NAME, "a");
        heap.decref(b, RefReason.NAME, "b");
        assertEquals(bAddr, instance().address());
        assertEquals(aAddr, instance().address());
    }

    @Test
    void differentSizeClassesDoNotShareBlocks() {
        PyInstance a = instance();
        long addr = a.address();
        heap.decref(a, RefReason.NAME, "a");
        PyList big = heap.allocate(new PyList(heap.nextSerial(), listType, List.of()), true);
        PyTuple t = heap.allocate(new PyTuple(heap.nextSerial(), listType, new PyObject[20]), true);
        assertNotEquals(addr, t.address());
        assertTrue(big.address() > 0);
    }

    @Test
    void freeingReleasesChildrenDepthFirst() {
        PyInstance root = instance();
        PyInstance child = instance();
        PyInstance grandchild = instance();
        link(root, "child", child);
        heap.decref(child, RefReason.NAME, "child");
        link(child, "child", grandchild);
        heap.decref(grandchild, RefReason.NAME, "grandchild");
        heap.decref(root, RefReason.NAME, "root");
        assertEquals(List.of(grandchild.serial, child.serial, root.serial), sink.freed);
    }

    @Test
    void cycleSurvivesRefcountingAndIsCollected() {
        PyInstance a = instance();
        PyInstance b = instance();
        link(a, "o", b);
        link(b, "o", a);
        heap.decref(a, RefReason.NAME, "a");
        heap.decref(b, RefReason.NAME, "b");
        assertFalse(a.isFreed());
        assertFalse(b.isFreed());
        assertEquals(2, heap.gc().collect(2));
        assertTrue(a.isFreed());
        assertTrue(b.isFreed());
        assertEquals(0, heap.gc().collect(2));
    }

    @Test
    void reachableCycleIsKept() {
        PyInstance a = instance();
        PyInstance b = instance();
        link(a, "o", b);
        link(b, "o", a);
        heap.decref(b, RefReason.NAME, "b");
        assertEquals(0, heap.gc().collect(2));
        assertFalse(b.isFreed());
    }

    @Test
    void collectorCountsNonCyclicChildrenOfGarbage() {
        PyInstance a = instance();
        PyInstance b = instance();
        PyInstance ca = instance();
        link(a, "o", b);
        link(b, "o", a);
        link(a, "child", ca);
        heap.decref(ca, RefReason.NAME, "ca");
        heap.decref(a, RefReason.NAME, "a");
        heap.decref(b, RefReason.NAME, "b");
        assertEquals(3, heap.gc().collect(2));
    }

    @Test
    void weakrefIsClearedWhenReferentDies() {
        PyInstance a = instance();
        PyWeakref w = heap.allocate(new PyWeakref(heap.nextSerial(), listType, a, null), true);
        heap.attachWeakref(w, a);
        assertTrue(w.alive());
        heap.decref(a, RefReason.NAME, "a");
        assertFalse(w.alive());
        assertEquals(List.of(w.serial), sink.cleared);
    }

    @Test
    void generationZeroCollectsAutomaticallyPastTheThreshold() {
        heap.gc().setThresholds(10, null, null);
        PyInstance a = instance();
        link(a, "me", a);
        heap.decref(a, RefReason.NAME, "a");
        for (int i = 0; i < 12 && !a.isFreed(); i++) {
            instance();
        }
        assertTrue(a.isFreed(), "allocation past threshold 0 ran a collection");
    }

    @Test
    void liveObjectLimitRaises() {
        Heap small = new Heap(new NullSink(), 3);
        for (int i = 0; i < 3; i++) {
            small.allocate(new PyInstance(small.nextSerial(), cls), true);
        }
        assertThrows(HeapLimitError.class, () -> small.allocate(new PyInstance(small.nextSerial(), cls), true));
    }
}
