package heapquest.engine.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The viewer's model of the heap, rebuilt by replaying events. Mutable, used only inside the trace
 * (replay and checkpoints); what leaves the trace is an immutable {@link HeapState}.
 */
final class HeapModel {
    static final class Obj {
        final int id;
        final long address;
        final String type;
        final String summary;
        final boolean isStatic;
        long refcount;
        boolean tracked;
        boolean weakref;
        int weakTarget = -1;
        final List<Integer> items = new ArrayList<>();
        final LinkedHashMap<String, Integer> keyed = new LinkedHashMap<>();

        Obj(int id, long address, String type, String summary, boolean isStatic) {
            this.id = id;
            this.address = address;
            this.type = type;
            this.summary = summary;
            this.isStatic = isStatic;
        }

        Obj copy() {
            Obj o = new Obj(id, address, type, summary, isStatic);
            o.refcount = refcount;
            o.tracked = tracked;
            o.weakref = weakref;
            o.weakTarget = weakTarget;
            o.items.addAll(items);
            o.keyed.putAll(keyed);
            return o;
        }
    }

    static final class Frame {
        final int id;
        final String function;
        int line;
        final LinkedHashMap<String, Integer> names = new LinkedHashMap<>();

        Frame(int id, String function) {
            this.id = id;
            this.function = function;
        }

        Frame copy() {
            Frame f = new Frame(id, function);
            f.line = line;
            f.names.putAll(names);
            return f;
        }
    }

    final Map<Integer, Obj> objects = new HashMap<>();
    /** Static objects never change and are shared by every copy of the model. */
    final Map<Integer, Obj> statics;
    final List<Frame> frames = new ArrayList<>();
    int outputLength;

    HeapModel(Map<Integer, Obj> statics) {
        this.statics = statics;
    }

    HeapModel copy() {
        HeapModel m = new HeapModel(statics);
        for (Obj o : objects.values()) {
            m.objects.put(o.id, o.copy());
        }
        for (Frame f : frames) {
            m.frames.add(f.copy());
        }
        m.outputLength = outputLength;
        return m;
    }

    private Frame frame(int id) {
        for (int i = frames.size() - 1; i >= 0; i--) {
            if (frames.get(i).id == id) {
                return frames.get(i);
            }
        }
        return null;
    }

    void stepStarted(int line) {
        if (!frames.isEmpty()) {
            frames.get(frames.size() - 1).line = line;
        }
    }

    void apply(Event e) {
        if (e instanceof Event.Allocated a) {
            Obj o = new Obj(a.obj(), a.address(), a.type(), a.summary(), false);
            o.refcount = 1;
            objects.put(a.obj(), o);
        } else if (e instanceof Event.Freed f) {
            objects.remove(f.obj());
        } else if (e instanceof Event.RefcountChanged r) {
            Obj o = objects.get(r.obj());
            if (o != null) {
                o.refcount = r.newCount();
            }
        } else if (e instanceof Event.Bound b) {
            Frame f = frame(b.frame());
            if (f != null) {
                f.names.put(b.name(), b.obj());
            }
        } else if (e instanceof Event.Unbound u) {
            Frame f = frame(u.frame());
            if (f != null) {
                f.names.remove(u.name());
            }
        } else if (e instanceof Event.ReferenceSet r) {
            Obj o = objects.get(r.from());
            if (o != null) {
                o.keyed.put(r.label(), r.to());
                if (r.weak()) {
                    o.weakref = true;
                    o.weakTarget = r.to();
                }
            }
        } else if (e instanceof Event.ReferenceRemoved r) {
            Obj o = objects.get(r.from());
            if (o != null) {
                o.keyed.remove(r.label());
                if (r.label().equals("→")) {
                    o.weakTarget = -1;
                }
            }
        } else if (e instanceof Event.ItemInserted i) {
            Obj o = objects.get(i.seq());
            if (o != null && i.index() <= o.items.size()) {
                o.items.add(i.index(), i.to());
            }
        } else if (e instanceof Event.ItemRemoved i) {
            Obj o = objects.get(i.seq());
            if (o != null && i.index() < o.items.size()) {
                o.items.remove(i.index());
            }
        } else if (e instanceof Event.ItemReplaced i) {
            Obj o = objects.get(i.seq());
            if (o != null && i.index() < o.items.size()) {
                o.items.set(i.index(), i.to());
            }
        } else if (e instanceof Event.TrackingChanged t) {
            Obj o = objects.get(t.obj());
            if (o != null) {
                o.tracked = t.tracked();
            }
        } else if (e instanceof Event.WeakrefCleared w) {
            Obj o = objects.get(w.weakref());
            if (o != null) {
                o.weakTarget = -1;
                o.keyed.remove("→");
            }
        } else if (e instanceof Event.FrameEntered f) {
            frames.add(new Frame(f.frame(), f.function()));
        } else if (e instanceof Event.FrameExited f) {
            Frame fr = frame(f.frame());
            if (fr != null) {
                frames.remove(fr);
            }
        } else if (e instanceof Event.Printed p && !p.toStderr()) {
            outputLength += p.text().length();
        }
    }

    void allocateStatic(int id, long address, String type, String summary) {
        Obj o = new Obj(id, address, type, summary, true);
        o.refcount = 1_000_000_000L;
        statics.put(id, o);
    }

    private Obj find(int id) {
        Obj o = objects.get(id);
        return o != null ? o : statics.get(id);
    }

    HeapState snapshot(int step, String output) {
        List<FrameView> fv = new ArrayList<>();
        for (Frame f : frames) {
            List<FrameView.Binding> bs = new ArrayList<>();
            f.names.forEach((n, o) -> bs.add(new FrameView.Binding(n, o)));
            fv.add(new FrameView(f.id, f.function, f.line, bs));
        }
        TreeMap<Long, ObjectView> byAddress = new TreeMap<>();
        List<Obj> shown = new ArrayList<>(objects.values());
        for (Obj o : statics.values()) {
            if (referenced(o.id)) {
                shown.add(o);
            }
        }
        for (Obj o : shown) {
            List<Reference> refs = new ArrayList<>();
            for (int i = 0; i < o.items.size(); i++) {
                refs.add(new Reference("[" + i + "]", o.items.get(i), false));
            }
            o.keyed.forEach((label, to) -> refs.add(new Reference(label, to, label.equals("→"))));
            byAddress.put(o.address, new ObjectView(o.id, o.address, o.type, summaryOf(o, 0), o.refcount,
                    refs, o.tracked, o.isStatic, o.weakref, o.weakTarget));
        }
        return new HeapState(step, fv, new ArrayList<>(byAddress.values()), output);
    }

    private transient java.util.Set<Integer> referencedCache;

    /** Static objects (small ints, None...) are shown only while something refers to them. */
    private boolean referenced(int id) {
        if (referencedCache == null) {
            referencedCache = new java.util.HashSet<>();
            for (Frame f : frames) {
                referencedCache.addAll(f.names.values());
            }
            for (Obj o : objects.values()) {
                referencedCache.addAll(o.items);
                referencedCache.addAll(o.keyed.values());
            }
        }
        return referencedCache.contains(id);
    }

    void invalidate() {
        referencedCache = null;
    }

    private String summaryOf(Obj o, int depth) {
        if (o.summary != null) {
            return o.summary;
        }
        if (depth > 1) {
            return switch (o.type) {
                case "list" -> "[…]";
                case "tuple" -> "(…)";
                default -> "{…}";
            };
        }
        StringBuilder b = new StringBuilder();
        switch (o.type) {
            case "list", "tuple" -> {
                b.append(o.type.equals("list") ? '[' : '(');
                for (int i = 0; i < o.items.size(); i++) {
                    if (i > 0) {
                        b.append(", ");
                    }
                    b.append(childSummary(o.items.get(i), depth));
                    if (b.length() > 40) {
                        break;
                    }
                }
                if (o.type.equals("tuple") && o.items.size() == 1) {
                    b.append(',');
                }
                b.append(o.type.equals("list") ? ']' : ')');
            }
            case "dict" -> {
                b.append('{');
                boolean first = true;
                for (Map.Entry<String, Integer> e : o.keyed.entrySet()) {
                    if (e.getKey().startsWith("key ")) {
                        continue;
                    }
                    if (!first) {
                        b.append(", ");
                    }
                    first = false;
                    String k = e.getKey();
                    b.append(k, 1, k.length() - 1).append(": ").append(childSummary(e.getValue(), depth));
                    if (b.length() > 40) {
                        break;
                    }
                }
                b.append('}');
            }
            case "set" -> {
                b.append('{');
                boolean first = true;
                for (Integer to : o.keyed.values()) {
                    if (!first) {
                        b.append(", ");
                    }
                    first = false;
                    b.append(childSummary(to, depth));
                }
                b.append(o.keyed.isEmpty() ? "set()" : "}");
                if (o.keyed.isEmpty()) {
                    return "set()";
                }
            }
            default -> b.append('<').append(o.type).append('>');
        }
        String s = b.toString();
        return s.length() > 44 ? s.substring(0, 43) + "…" : s;
    }

    private String childSummary(int id, int depth) {
        Obj c = find(id);
        return c == null ? "?" : summaryOf(c, depth + 1);
    }
}
