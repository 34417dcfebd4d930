package heapquest.tui;

import heapquest.engine.trace.Event;
import heapquest.engine.trace.FrameView;
import heapquest.engine.trace.HeapState;
import heapquest.engine.trace.ObjectView;

import java.util.List;

import static heapquest.tui.Heaps.*;

/** Sample traces shared by the tests. */
public final class Traces {
    private Traces() {}

    static final ObjectView ONE = small(1, "1");
    static final ObjectView TWO = small(2, "2");
    static final ObjectView NONE = small(3, "None");

    /**
     * a = [1, 2] / b = a / del a / b = None / print("done"): a list gains a second name, loses the
     * first, then is freed when the last one goes.
     */
    public static FakeTrace aliasing() {
        ObjectView list1 = obj(10, "list", "[1, 2]", 1, ref("[0]", 1), ref("[1]", 2));
        ObjectView list2 = obj(10, "list", "[1, 2]", 2, ref("[0]", 1), ref("[1]", 2));
        HeapState s0 = state(0, List.of(frame(0, "<module>", 1)), List.of(ONE, TWO, NONE), "");
        HeapState s1 = state(1, List.of(frame(0, "<module>", 2, bind("a", 10))), List.of(ONE, TWO, NONE, list1), "");
        HeapState s2 = state(2, List.of(frame(0, "<module>", 3, bind("a", 10), bind("b", 10))),
                List.of(ONE, TWO, NONE, list2), "");
        HeapState s3 = state(3, List.of(frame(0, "<module>", 4, bind("b", 10))), List.of(ONE, TWO, NONE, list1), "");
        HeapState s4 = state(4, List.of(frame(0, "<module>", 5, bind("b", 3))), List.of(ONE, TWO, NONE), "");
        HeapState s5 = state(5, List.of(frame(0, "<module>", 5, bind("b", 3))), List.of(ONE, TWO, NONE), "done\n");
        return new FakeTrace("a = [1, 2]", "b = a", "del a", "b = None", "print(\"done\")  # @last")
                .step(1, s0, new Event.Allocated(10, list1.address(), "list", null), new Event.Bound(0, "a", 10))
                .step(2, s1, new Event.Bound(0, "b", 10))
                .step(3, s2, new Event.Unbound(0, "a", 10))
                .step(4, s3, new Event.Bound(0, "b", 3), FakeTrace.freed(10, Event.FreeCause.REFCOUNT))
                .step(5, s4, new Event.Printed("done\n", false))
                .end(s5);
    }

    /**
     * Two nodes in a cycle, a weak reference to one; the names go, the cycle stays (unreachable),
     * gc.collect() marks, finds the cycle and frees it, and the weak reference dies.
     */
    public static FakeTrace cycle() {
        ObjectView a = obj(20, "Node", "<Node>", 2, ref(".other", 21));
        ObjectView b = obj(21, "Node", "<Node>", 2, ref(".other", 20));
        ObjectView r = weakref(22, 1, 20);
        ObjectView a1 = obj(20, "Node", "<Node>", 1, ref(".other", 21));
        ObjectView b1 = obj(21, "Node", "<Node>", 1, ref(".other", 20));
        ObjectView dead = weakref(22, 1, -1);
        FrameView f0 = frame(0, "<module>", 1);
        HeapState s0 = state(0, List.of(f0), List.of(NONE), "");
        HeapState s1 = state(1, List.of(frame(0, "<module>", 2, bind("a", 20), bind("b", 21), bind("r", 22))),
                List.of(NONE, a, b, r), "");
        HeapState s2 = state(2, List.of(frame(0, "<module>", 3, bind("r", 22))), List.of(NONE, a1, b1, r), "");
        HeapState s3 = state(3, List.of(frame(0, "<module>", 4, bind("r", 22))), List.of(NONE, dead), "");
        HeapState s4 = state(4, List.of(frame(0, "<module>", 4, bind("r", 22))), List.of(NONE, dead), "None\n");
        return new FakeTrace("a, b, r = make_cycle()", "del a, b", "gc.collect()", "print(r())")
                .step(1, s0)
                .step(2, s1, new Event.Unbound(0, "a", 20), new Event.Unbound(0, "b", 21))
                .step(3, s2, new Event.GcStarted(0, List.of(20, 21, 22)), new Event.GcReachable(List.of(22)),
                        new Event.GcUnreachable(List.of(20, 21)), new Event.WeakrefCleared(22, 20),
                        FakeTrace.freed(20, Event.FreeCause.GC), FakeTrace.freed(21, Event.FreeCause.GC),
                        new Event.GcFinished(0, 2, 0))
                .step(4, s3, new Event.Printed("None\n", false))
                .end(s4);
    }

    /** One frame holding a list of n lists, each with a string: a heap of 2n+1 objects. */
    public static HeapState big(int n) {
        List<ObjectView> objs = new java.util.ArrayList<>();
        List<heapquest.engine.trace.Reference> items = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            int inner = 100 + 2 * i;
            int str = 101 + 2 * i;
            objs.add(obj(str, "str", "'item " + i + "'", 1));
            objs.add(obj(inner, "list", "[..]", 1, ref("[0]", str), ref("[1]", 1)));
            items.add(ref("[" + i + "]", inner));
        }
        objs.add(obj(50, "list", "[...]", 1, items.toArray(new heapquest.engine.trace.Reference[0])));
        objs.add(ONE);
        return state(1, List.of(frame(0, "<module>", 1, bind("data", 50))), objs, "");
    }
}
