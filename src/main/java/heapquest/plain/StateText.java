package heapquest.plain;

import heapquest.engine.trace.FrameView;
import heapquest.engine.trace.HeapState;
import heapquest.engine.trace.ObjectView;
import heapquest.engine.trace.ProgramView;
import heapquest.engine.trace.Referrer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The state of a program at one step as plain text, for readers that cannot see the heap diagram:
 * each frame's names and what they refer to, then one line per object a player can reason about
 * (address, type, value, refcount, who refers to it).
 *
 * <p>Objects listed: those of {@link ProgramView} (what the names reach, and garbage cycles), as the
 * heap viewer draws them; static ones (small ints, None...) only when a name refers to them, as
 * the viewer shows them inside the name's row.
 */
public final class StateText {
    private StateText() {}

    public static List<String> lines(HeapState raw) {
        HeapState state = ProgramView.of(raw);
        List<String> out = new ArrayList<>();
        for (FrameView f : state.frames()) {
            String where = f.function().equals("<module>") ? "module" : f.function() + "()";
            if (f.bindings().isEmpty()) {
                out.add("Names in " + where + ": none yet");
                continue;
            }
            out.add("Names in " + where + ":");
            for (FrameView.Binding b : f.bindings()) {
                out.add("  " + b.name() + " -> " + state.object(b.object()).map(StateText::brief).orElse("?"));
            }
        }
        Set<Integer> named = new TreeSet<>();
        state.frames().forEach(f -> f.bindings().forEach(b -> named.add(b.object())));
        List<ObjectView> shown = state.objects().stream().filter(o -> !o.isStatic() || named.contains(o.id())).toList();
        out.add(shown.isEmpty() ? "Heap: no objects" : "Heap (" + shown.size() + (shown.size() == 1 ? " object):" : " objects):"));
        for (ObjectView o : shown) {
            String count = o.isStatic() ? "static (made at startup, never freed)" : "refcount " + o.refcount();
            out.add("  " + o.hexAddress() + "  " + o.type() + "  " + o.summary() + "  " + count + "  " + holders(state, o));
        }
        return out;
    }

    /** "int 10 at 0x7f3a1e4a6a48". */
    static String brief(ObjectView o) {
        return o.type() + " " + o.summary() + " at " + o.hexAddress();
    }

    private static String holders(HeapState state, ObjectView o) {
        List<String> who = state.referrersOf(o.id()).stream().map(Referrer::describe).toList();
        return who.isEmpty() ? "held by nothing" : "held by " + String.join(", ", who);
    }
}
