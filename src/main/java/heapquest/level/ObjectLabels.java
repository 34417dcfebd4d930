package heapquest.level;

import heapquest.engine.trace.FrameView;
import heapquest.engine.trace.HeapState;
import heapquest.engine.trace.ObjectView;
import heapquest.engine.trace.Reference;
import heapquest.engine.trace.Referrer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names the objects of one heap state the way a player sees them: by the names that refer to them
 * ({@code a}, {@code x (in f)}), by a path from a name ({@code lst[0]}, {@code node.next}), and, for
 * objects no name reaches any more (garbage cycles), by their type and the name they last had
 * ({@code Node object (was a)}).
 *
 * <p>It also decides which objects are the player's at all. The interpreter's own objects (classes'
 * dictionaries and descriptors, code objects and their constants, modules, the module's namespace
 * dict and its key strings, interned builtin names) are not: they are never offered as choices nor
 * counted in a {@code freed} answer. A player's object is one a name reaches (not through a class, a
 * module or {@code __globals__}), a class a name once had, or an object no name reaches any more
 * that once had a name (garbage waiting for the collector), with what it reaches.
 */
final class ObjectLabels {

    private static final Set<String> INTERNAL_TYPES = Set.of("code", "module", "frame", "getset_descriptor",
            "member_descriptor", "wrapper_descriptor", "method_descriptor", "builtin_function_or_method",
            "mappingproxy", "traceback", "cell_internal");
    private static final Set<String> OPAQUE_LABELS = Set.of("__class__", "__globals__", "__code__", "__builtins__",
            "co_consts", "__objclass__");
    private static final Set<String> BUILTIN_TYPES = Set.of("int", "float", "str", "bytes", "bool", "list", "tuple",
            "dict", "set", "frozenset", "function", "weakref", "range", "type", "NoneType", "method", "cell",
            "complex", "bytearray", "generator", "finalize", "slice", "iterator", "list_iterator",
            "tuple_iterator", "range_iterator", "dict_keyiterator");

    private final HeapState state;
    private final TraceIndex index;
    /** Names of each object: plain for module names, "x (in f)" for locals. */
    private final Map<Integer, List<String>> names = new HashMap<>();
    /** Shortest path label from a name, for objects a name reaches. */
    private final Map<Integer, String> paths = new LinkedHashMap<>();
    private final Set<Integer> namespaces = new HashSet<>();
    private final Set<Integer> internal = new HashSet<>();
    private final Map<Integer, Answer.Picked> picked = new HashMap<>();

    /** Labels of unreachable objects that once had a name, and of what they reach. */
    private final Map<Integer, String> orphanPaths = new LinkedHashMap<>();

    ObjectLabels(HeapState state, TraceIndex index) {
        this.state = state;
        this.index = index;
        findNamespaces();
        walkFromNames();
        walkInternals();
        walkFromFormerNames();
    }

    /**
     * Garbage the player can still see: objects no name reaches that once had a name (a cycle whose
     * names were deleted), and what they reach. Other unreachable objects (the interpreter's own,
     * like a class's registration in its base) are not the player's.
     */
    private void walkFromFormerNames() {
        Deque<Integer> queue = new ArrayDeque<>();
        for (ObjectView v : state.objects()) {
            int o = v.id();
            if (paths.containsKey(o) || internal.contains(o) || !isPlayers(o) || v.type().equals("type")) {
                continue;
            }
            String former = index.formerName(o, state.step());
            if (former != null) {
                orphanPaths.put(o, typeWord(v.type()) + " (was " + former + ")");
                queue.add(o);
            }
        }
        while (!queue.isEmpty()) {
            int o = queue.poll();
            ObjectView v = state.object(o).orElse(null);
            if (v == null || opaque(v)) {
                continue;
            }
            for (Reference r : v.references()) {
                int t = r.target();
                if (r.weak() || skipReference(r.label()) || paths.containsKey(t) || orphanPaths.containsKey(t)
                        || internal.contains(t) || !isPlayers(t)) {
                    continue;
                }
                orphanPaths.put(t, childLabel(orphanPaths.get(o), r.label()));
                queue.add(t);
            }
        }
    }

    /** The module namespace dicts: the dicts whose slot ['x'] mirrors a module-level name x. */
    private void findNamespaces() {
        for (FrameView f : state.frames()) {
            if (!"<module>".equals(f.function())) {
                continue;
            }
            for (FrameView.Binding b : f.bindings()) {
                for (Referrer r : state.referrersOf(b.object())) {
                    if (r instanceof Referrer.Slot s && "dict".equals(s.fromType())
                            && s.label().equals("['" + b.name() + "']")) {
                        namespaces.add(s.from());
                    }
                }
            }
        }
    }

    private void walkFromNames() {
        Deque<Integer> queue = new ArrayDeque<>();
        List<FrameView> frames = state.frames();
        for (FrameView f : frames) {
            boolean module = "<module>".equals(f.function());
            for (FrameView.Binding b : f.bindings()) {
                String label = module ? b.name() : b.name() + " (in " + f.function() + ")";
                names.computeIfAbsent(b.object(), k -> new ArrayList<>()).add(label);
                if (!paths.containsKey(b.object()) && isPlayers(b.object())) {
                    paths.put(b.object(), label);
                    queue.add(b.object());
                }
            }
        }
        while (!queue.isEmpty()) {
            int o = queue.poll();
            ObjectView v = state.object(o).orElse(null);
            if (v == null || opaque(v)) {
                continue;
            }
            String base = paths.get(o);
            for (Reference r : v.references()) {
                if (r.weak() || skipReference(r.label()) || paths.containsKey(r.target()) || !isPlayers(r.target())) {
                    continue;
                }
                paths.put(r.target(), childLabel(base, r.label()));
                queue.add(r.target());
            }
        }
    }

    /** Everything reachable from classes, modules, code and namespaces that no name reaches. */
    private void walkInternals() {
        Deque<Integer> queue = new ArrayDeque<>();
        for (ObjectView v : state.objects()) {
            if (v.type().equals("type") || INTERNAL_TYPES.contains(v.type()) || namespaces.contains(v.id())) {
                queue.add(v.id());
            }
        }
        Set<Integer> seen = new HashSet<>(queue);
        while (!queue.isEmpty()) {
            int o = queue.poll();
            ObjectView v = state.object(o).orElse(null);
            if (v == null) {
                continue;
            }
            for (Reference r : v.references()) {
                int t = r.target();
                if (r.weak() || paths.containsKey(t) || !seen.add(t)) {
                    continue;
                }
                internal.add(t);
                queue.add(t);
            }
        }
        internal.addAll(namespaces);
    }

    private boolean opaque(ObjectView v) {
        return v.type().equals("type") || INTERNAL_TYPES.contains(v.type()) || namespaces.contains(v.id());
    }

    private boolean isPlayers(int obj) {
        ObjectView v = state.object(obj).orElse(null);
        return v != null && !v.isStatic() && !INTERNAL_TYPES.contains(v.type()) && !namespaces.contains(obj);
    }

    private static boolean skipReference(String label) {
        return label.startsWith("key ") || OPAQUE_LABELS.contains(label) || label.equals("→");
    }

    private static String childLabel(String base, String ref) {
        if (ref.startsWith("[") || ref.startsWith(".")) {
            return base + ref;
        }
        return base + "." + ref;
    }

    /** Whether the object belongs to the player (see the class comment). */
    boolean visible(int obj) {
        ObjectView v = state.object(obj).orElse(null);
        if (v == null || v.isStatic() || INTERNAL_TYPES.contains(v.type()) || namespaces.contains(obj)) {
            return false;
        }
        if (paths.containsKey(obj) || orphanPaths.containsKey(obj)) {
            return true;
        }
        return v.type().equals("type") && index.formerName(obj, state.step()) != null;
    }

    /** All the player's objects, in address order. */
    List<Integer> visibleObjects() {
        List<Integer> out = new ArrayList<>();
        for (ObjectView v : state.objects()) {
            if (visible(v.id())) {
                out.add(v.id());
            }
        }
        return out;
    }

    /** The label of an object and the other words that identify it; labels are unique in this state. */
    Answer.Picked pick(int obj) {
        Answer.Picked p = picked.get(obj);
        if (p != null) {
            return p;
        }
        ObjectView v = state.object(obj).orElse(null);
        Set<String> synonyms = new LinkedHashSet<>();
        String label;
        String type = v == null ? "object" : v.type();
        long address = v == null ? 0 : v.address();
        List<String> ns = names.getOrDefault(obj, List.of());
        if (!ns.isEmpty()) {
            label = ns.get(0);
            synonyms.addAll(ns);
            for (String n : ns) {
                int paren = n.indexOf(" (in ");
                if (paren > 0) {
                    synonyms.add(n.substring(0, paren));
                }
            }
        } else if (paths.containsKey(obj)) {
            label = paths.get(obj);
        } else {
            String former = index.formerName(obj, state.step());
            String what = typeWord(type);
            if (orphanPaths.containsKey(obj)) {
                label = orphanPaths.get(obj);
            } else if (former != null) {
                label = what + " (was " + former + ")";
            } else {
                label = what + " at 0x" + Long.toHexString(address);
            }
            if (former != null) {
                synonyms.add("was " + former);
                synonyms.add(former);
            }
        }
        if (paths.containsKey(obj)) {
            synonyms.add(paths.get(obj));
        }
        String hex = "0x" + Long.toHexString(address);
        synonyms.add(hex);
        for (Answer.Picked other : picked.values()) {
            if (other.label().equals(label)) {
                label = label + " at " + hex;
                break;
            }
        }
        synonyms.remove(label);
        p = new Answer.Picked(label, synonyms, obj, type, address);
        picked.put(obj, p);
        return p;
    }

    static String typeWord(String type) {
        if (type.equals("type")) {
            return "class";
        }
        return BUILTIN_TYPES.contains(type) ? type : type + " object";
    }

    /** Who holds the object, in words: "names: a, b; slot [0] of list lst; 1 weak reference". */
    String referrers(int obj) {
        List<String> nameList = new ArrayList<>(names.getOrDefault(obj, List.of()));
        List<String> slots = new ArrayList<>();
        int weak = 0;
        for (Referrer r : state.referrersOf(obj)) {
            if (r instanceof Referrer.Slot s) {
                if (namespaces.contains(s.from())) {
                    continue; // a module-level name, already listed
                }
                if (s.weak()) {
                    weak++;
                    continue;
                }
                if (isCodeConstants(s.from())) {
                    slots.add("the code's constants (" + s.label() + " of co_consts)");
                    continue;
                }
                String attributeOf = dictOwner(s.from());
                if (attributeOf != null && s.label().startsWith("['") && s.label().endsWith("']")) {
                    // a class body's or a module's names live in its __dict__: a learner wrote Node.default
                    slots.add("attribute ." + s.label().substring(2, s.label().length() - 2) + " of " + attributeOf);
                    continue;
                }
                String type = typeWord(s.fromType());
                String owner = internal.contains(s.from()) ? type : pick(s.from()).label();
                if (!owner.startsWith(type)) {
                    owner = type + " " + owner;
                }
                String what = s.label().startsWith("[") ? "slot " + s.label()
                        : s.label().startsWith("key ") ? "a key"
                        : s.label().startsWith(".") ? "attribute " + s.label() : s.label();
                slots.add(what + " of " + owner);
            }
        }
        List<String> parts = new ArrayList<>();
        if (!nameList.isEmpty()) {
            parts.add((nameList.size() == 1 ? "name " : "names ") + String.join(", ", nameList));
        }
        if (!slots.isEmpty()) {
            parts.add(String.join(", ", slots));
        }
        if (weak > 0) {
            parts.add(weak + " weak reference" + (weak == 1 ? "" : "s") + " (not counted)");
        }
        return parts.isEmpty() ? "no name or object refers to it" : String.join("; ", parts);
    }

    /** "class Node" or "module sys" when dict is that class's or module's __dict__; otherwise null. */
    private String dictOwner(int dict) {
        for (Referrer r : state.referrersOf(dict)) {
            if (r instanceof Referrer.Slot s && "__dict__".equals(s.label())
                    && ("type".equals(s.fromType()) || "module".equals(s.fromType()))) {
                String summary = state.object(s.from()).map(ObjectView::summary).orElse("");
                return ("type".equals(s.fromType()) ? "class " : "module ") + shortName(summary);
            }
        }
        return null;
    }

    /** Node from "<class '__main__.Node'>", sys from "<module 'sys' (built-in)>". */
    private static String shortName(String summary) {
        int open = summary.indexOf('\'');
        int close = open < 0 ? -1 : summary.indexOf('\'', open + 1);
        String name = close < 0 ? summary : summary.substring(open + 1, close);
        return name.substring(name.lastIndexOf('.') + 1);
    }

    /** Whether obj is the constants tuple of a code object. */
    private boolean isCodeConstants(int obj) {
        for (Referrer r : state.referrersOf(obj)) {
            if (r instanceof Referrer.Slot s && "co_consts".equals(s.label())) {
                return true;
            }
        }
        return false;
    }

    /** How many strong references the names and slots shown by {@link #referrers} account for. */
    int visibleStrongReferences(int obj) {
        int n = names.getOrDefault(obj, List.of()).size();
        for (Referrer r : state.referrersOf(obj)) {
            if (r instanceof Referrer.Slot s && !s.weak() && !namespaces.contains(s.from())) {
                n++;
            }
        }
        return n;
    }

    HeapState state() {
        return state;
    }
}
