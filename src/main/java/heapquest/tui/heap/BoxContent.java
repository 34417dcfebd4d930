package heapquest.tui.heap;

import heapquest.engine.trace.FrameView;
import heapquest.engine.trace.ObjectView;
import heapquest.engine.trace.Reference;
import heapquest.tui.render.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * What a box says, before it is placed: its title, refcount, address and rows. A box is drawn as
 * <pre>
 * ┌ list ───── rc 2 ┐
 * │ [0] 1           │     static objects (small ints, None, True) inline
 * │ [1] str         ●──►  other objects by an arrow from the right border
 * └ 0x7f3a8c1b2a40 ─┘     the address as hex(id(x)) prints it
 * </pre>
 */
final class BoxContent {
    static final int MAX_ROWS = 16;
    static final int MIN_WIDTH = 14;
    static final int MAX_WIDTH = 34;
    static final int MAX_LABEL = 14;
    static final int MAX_INLINE = 14;

    record Content(String title, String rc, String footer, List<BoxRow> rows, int naturalWidth,
                   boolean deadWeakref) {}

    private BoxContent() {}

    /** The tag a garbage box shows after its address. */
    static final String UNREACHABLE = "unreachable";

    static Content ofObject(ObjectView o, IntFunction<ObjectView> lookup, boolean garbage) {
        List<BoxRow> rows = new ArrayList<>();
        boolean dead = o.isWeakref() && o.weakTarget() < 0;
        List<Reference> refs = o.references();
        if (o.isWeakref() && !dead && refs.stream().noneMatch(Reference::weak)) {
            // The engine lists a weakref's referent in weakTarget; draw it as the weak slot it is.
            List<Reference> withReferent = new ArrayList<>();
            withReferent.add(new Reference("ref", o.weakTarget(), true));
            withReferent.addAll(refs);
            refs = withReferent;
        }
        if (dead) {
            rows.add(new BoxRow("", "dead", BoxRow.Kind.DEAD, -1, true, null));
        }
        int shown = refs.size() > MAX_ROWS ? MAX_ROWS - 1 : refs.size();
        for (int i = 0; i < shown; i++) {
            Reference r = refs.get(i);
            rows.add(row(label(r.label()), "s:" + o.id() + ":" + r.label(), r.target(), r.weak(), lookup));
        }
        if (shown < refs.size()) {
            rows.add(new BoxRow("", (refs.size() - shown) + " more", BoxRow.Kind.MORE, -1, false, null));
        }
        if (rows.isEmpty()) {
            String v = o.summary() == null ? o.type() : o.summary();
            rows.add(new BoxRow("", Text.printable(v), BoxRow.Kind.VALUE, -1, false, null));
        }
        String title = Text.printable(o.type());
        String rc = "rc " + o.refcount();
        String footer = o.hexAddress();
        int w = naturalWidth(title, rc, footer, rows) + (dead ? 2 : 0); // the title gets a ✝
        if (garbage) {
            w = Math.max(w, Text.width(footer) + UNREACHABLE.length() + 7); // room for the tag
        }
        return new Content(title, rc, footer, rows, w, dead);
    }

    static Content ofFrame(FrameView f, IntFunction<ObjectView> lookup) {
        List<BoxRow> rows = new ArrayList<>();
        for (FrameView.Binding b : f.bindings()) {
            rows.add(row(Text.printable(b.name()), "n:" + f.id() + ":" + b.name(), b.object(), false, lookup));
        }
        if (rows.isEmpty()) {
            rows.add(new BoxRow("", "no names yet", BoxRow.Kind.NOTE, -1, false, null));
        }
        String title = Text.printable(f.function());
        return new Content(title, "", "", rows, naturalWidth(title, "", "", rows), false);
    }

    /** Slot labels as the player reads them; the engine's set items ({serial}) and weakref arrow get words. */
    static String label(String l) {
        if (l.equals("→")) {
            return "ref";
        }
        if (l.length() > 2 && l.charAt(0) == '{' && l.charAt(l.length() - 1) == '}'
                && l.substring(1, l.length() - 1).chars().allMatch(Character::isDigit)) {
            return "item";
        }
        return Text.printable(l);
    }

    private static BoxRow row(String label, String key, int target, boolean weak, IntFunction<ObjectView> lookup) {
        ObjectView t = lookup.apply(target);
        if (t == null) {
            return new BoxRow(label, "?", BoxRow.Kind.INLINE, -1, weak, key);
        }
        if (t.isStatic()) {
            String v = t.summary() == null ? t.type() : t.summary();
            return new BoxRow(label, Text.printable(v), BoxRow.Kind.INLINE, -1, weak, key);
        }
        return new BoxRow(label, Text.printable(t.type()), BoxRow.Kind.ARROW, target, weak, key);
    }

    static int labelWidth(List<BoxRow> rows) {
        int w = 0;
        for (BoxRow r : rows) {
            w = Math.max(w, Math.min(MAX_LABEL, Text.width(r.label())));
        }
        return w;
    }

    private static int naturalWidth(String title, String rc, String footer, List<BoxRow> rows) {
        int w = Text.width(title) + Text.width(rc) + 7;
        if (!footer.isEmpty()) {
            w = Math.max(w, Text.width(footer) + 5);
        }
        int lw = labelWidth(rows);
        for (BoxRow r : rows) {
            int v = Text.width(r.value());
            if (r.kind() == BoxRow.Kind.INLINE || r.kind() == BoxRow.Kind.ARROW) {
                // <module 'weakref'> and the like: cut, rather than widen every box of the column
                v = Math.min(v, MAX_INLINE);
            }
            w = Math.max(w, (lw == 0 || r.label().isEmpty() ? 0 : lw + 1) + v + 4);
        }
        return w;
    }
}
