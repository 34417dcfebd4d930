package heapquest.tui.heap;

import heapquest.engine.trace.FrameView;
import heapquest.engine.trace.HeapState;
import heapquest.engine.trace.ObjectView;
import heapquest.engine.trace.Reference;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The heap as the program sees it. The engine models CPython faithfully, so a heap holds code
 * objects, their constant and name tuples, interned identifier strings, module and class dicts,
 * descriptors: dozens of objects before the first line runs, which would bury the five the lesson
 * is about. This view keeps what the program's names reach through references a Python programmer
 * sees (items, attributes, dict values, cells, defaults, bound selves, weak references), plus
 * garbage cycles of such objects (what gc.collect() is about), and drops the interpreter's own
 * links (__code__, __globals__, co_consts, __mro__, __class__...). Refcounts stay the true ones:
 * an interned name's count includes the code objects that hold it, as sys.getrefcount would say.
 */
public final class ProgramView {
    /** References of the interpreter's own bookkeeping. */
    static final Set<String> HIDDEN_LABELS = Set.of("__globals__", "__code__", "co_consts", "co_names", "__bases__",
            "__mro__", "__class__", "__objclass__", "__dict__", "__builtins__", "tb_frame", "__kwdefaults__");
    /** Types that only the interpreter makes. */
    static final Set<String> INTERNAL_TYPES = Set.of("code", "getset_descriptor", "member_descriptor",
            "method_descriptor", "wrapper_descriptor", "builtin_function_or_method", "module", "frame",
            "classmethod_descriptor", "mappingproxy");

    private ProgramView() {}

    public static HeapState of(HeapState s) {
        Map<Integer, ObjectView> all = new HashMap<>();
        for (ObjectView o : s.objects()) {
            all.put(o.id(), o);
        }
        // 1. What the names reach through references a programmer sees.
        Set<Integer> visible = new HashSet<>();
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (FrameView f : s.frames()) {
            for (FrameView.Binding b : f.bindings()) {
                reach(b.object(), all, visible, queue);
            }
        }
        spread(queue, all, visible);
        // 2. Garbage (as the collector would find it) made of the program's own objects. Anything the
        //    visible objects hold through the interpreter's links (class dicts, code) is not the
        //    program's, even when it is garbage at the same time as them.
        Set<Integer> internal = new HashSet<>();
        ArrayDeque<Integer> iq = new ArrayDeque<>();
        for (int id : visible) {
            for (Reference r : all.get(id).references()) {
                if (hidden(r, all) && !visible.contains(r.target()) && all.containsKey(r.target())
                        && internal.add(r.target())) {
                    iq.add(r.target());
                }
            }
        }
        while (!iq.isEmpty()) {
            for (Reference r : all.get(iq.poll()).references()) {
                if (!visible.contains(r.target()) && all.containsKey(r.target()) && internal.add(r.target())) {
                    iq.add(r.target());
                }
            }
        }
        Map<Integer, ObjectView> everything = new java.util.LinkedHashMap<>();
        for (ObjectView o : s.objects()) {
            everything.put(o.id(), o);
        }
        for (int id : Reachability.garbage(s.frames(), everything)) {
            ObjectView o = all.get(id);
            if (!visible.contains(id) && !internal.contains(id) && !INTERNAL_TYPES.contains(o.type())
                    && o.gcTracked() && !isTypeRegistration(o, all)) {
                reach(id, all, visible, queue);
            }
        }
        spread(queue, all, visible);

        List<ObjectView> objects = new ArrayList<>();
        for (ObjectView o : s.objects()) {
            if (o.isStatic()) {
                objects.add(o);
            } else if (visible.contains(o.id())) {
                objects.add(strip(o, all));
            }
        }
        List<FrameView> frames = new ArrayList<>();
        for (FrameView f : s.frames()) {
            List<FrameView.Binding> bs = new ArrayList<>();
            for (FrameView.Binding b : f.bindings()) {
                if (all.containsKey(b.object())) {
                    bs.add(b); // a name bound to an object the trace no longer has is no name
                }
            }
            frames.add(bs.size() == f.bindings().size() ? f : new FrameView(f.id(), f.function(), f.line(), bs));
        }
        return new HeapState(s.step(), frames, objects, s.output());
    }

    static boolean hidden(Reference r, Map<Integer, ObjectView> all) {
        if (HIDDEN_LABELS.contains(r.label())) {
            return true;
        }
        if (r.label().startsWith("key ")) {
            // A str or small-int key is already in the value's label (['k']); other keys are objects
            // the program made and may ask about.
            ObjectView k = all.get(r.target());
            return k == null || k.isStatic() || k.type().equals("str") || k.type().equals("int");
        }
        return false;
    }

    /** The weak reference a class registers with its base (for __subclasses__): interpreter business. */
    private static boolean isTypeRegistration(ObjectView o, Map<Integer, ObjectView> all) {
        if (!o.isWeakref()) {
            return false;
        }
        ObjectView t = all.get(o.weakTarget());
        return t != null && t.type().equals("type");
    }

    private static void reach(int id, Map<Integer, ObjectView> all, Set<Integer> visible, ArrayDeque<Integer> q) {
        ObjectView o = all.get(id);
        if (o != null && !o.isStatic() && !INTERNAL_TYPES.contains(o.type()) && visible.add(id)) {
            q.add(id);
        }
    }

    private static void spread(ArrayDeque<Integer> q, Map<Integer, ObjectView> all, Set<Integer> visible) {
        while (!q.isEmpty()) {
            for (Reference r : all.get(q.poll()).references()) {
                if (!hidden(r, all)) {
                    reach(r.target(), all, visible, q);
                }
            }
        }
    }

    private static ObjectView strip(ObjectView o, Map<Integer, ObjectView> all) {
        boolean any = false;
        for (Reference r : o.references()) {
            any |= hidden(r, all) || !all.containsKey(r.target());
        }
        if (!any) {
            return o;
        }
        List<Reference> refs = new ArrayList<>();
        for (Reference r : o.references()) {
            if (!hidden(r, all) && all.containsKey(r.target())) {
                refs.add(r);
            }
        }
        return new ObjectView(o.id(), o.address(), o.type(), o.summary(), o.refcount(), refs, o.gcTracked(),
                o.isStatic(), o.isWeakref(), o.weakTarget());
    }
}
