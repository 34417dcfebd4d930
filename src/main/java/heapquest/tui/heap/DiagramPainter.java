package heapquest.tui.heap;

import heapquest.tui.render.Canvas;
import heapquest.tui.render.Glyphs;
import heapquest.tui.render.Palette;
import heapquest.tui.render.Role;
import heapquest.tui.render.Style;
import heapquest.tui.render.Text;

import java.util.List;

/** Draws a diagram, or the part of it inside the viewport, with the effects of an animation frame. */
public final class DiagramPainter {
    private final Palette pal;
    private final Glyphs gl;

    public DiagramPainter(Palette pal, Glyphs gl) {
        this.pal = pal;
        this.gl = gl;
    }

    /** Draws d with its cell (sx, sy) at the canvas's top-left corner. */
    public void paint(Canvas c, Diagram d, int sx, int sy, Effects fx) {
        LineMap lines = d.lines();
        List<Route> routes = d.routes();
        if (fx.changesLines()) {
            lines = LineMap.of(d.width(), d.height(), routes, r -> visibleLength(d, r, fx));
        }
        Style[] routeStyle = new Style[routes.size()];
        for (int i = 0; i < routes.size(); i++) {
            routeStyle[i] = routeStyle(d, routes.get(i), fx);
        }
        paintLines(c, lines, routes, routeStyle, sx, sy);
        for (Box b : d.boxes()) {
            if (b.right() > sx && b.x() < sx + c.width() && b.bottom() > sy && b.y() < sy + c.height()) {
                paintBox(c, b, b.x() - sx, b.y() - sy, fx);
            }
        }
        for (Route r : routes) {
            if (!r.routed() && r.length() == 0) {
                paintUnrouted(c, d, r, sx, sy, fx);
            }
        }
    }

    private int visibleLength(Diagram d, Route r, Effects fx) {
        Box src = r.sourceIsFrame() ? d.frameBoxes().get(r.sourceBox()) : d.objectBoxes().get(r.sourceBox());
        if (src != null && src.kind() == Box.Kind.OBJECT && fx.box(src.id()).dissolve() > 0) {
            return 0; // a dissolving box's arrows go with it
        }
        Double g = fx.growth().get(r.sourceKey());
        if (g == null) {
            return r.length();
        }
        return (int) Math.floor(r.length() * Math.max(0, Math.min(1, g)));
    }

    private Style routeStyle(Diagram d, Route r, Effects fx) {
        if (r.target() == fx.selected() && fx.selected() >= 0) {
            return pal.get(Role.BOX_SELECTED);
        }
        if (!r.sourceIsFrame()) {
            BoxFx sfx = fx.box(r.sourceBox());
            if (sfx.flash()) {
                return pal.get(Role.FX_FREED);
            }
        }
        Double g = fx.growth().get(r.sourceKey());
        if (g != null && g < 1.0) {
            return pal.get(Role.FX_NEW);
        }
        return pal.get(r.weak() ? Role.ARROW_WEAK : Role.ARROW);
    }

    private void paintLines(Canvas c, LineMap lines, List<Route> routes, Style[] routeStyle, int sx, int sy) {
        int x1 = Math.min(lines.width(), sx + c.width());
        int y1 = Math.min(lines.height(), sy + c.height());
        for (int y = Math.max(0, sy); y < y1; y++) {
            for (int x = Math.max(0, sx); x < x1; x++) {
                int head = lines.head(x, y);
                if (head >= 0) {
                    Route r = routes.get(head);
                    c.put(x - sx, y - sy, r.weak() ? gl.weakHead() : gl.head(), routeStyle[head]);
                    continue;
                }
                int m = lines.mask(x, y);
                if (m == 0) {
                    continue;
                }
                int hr = lines.horizontalRoute(x, y);
                int vr = lines.verticalRoute(x, y);
                boolean crossing = hr >= 0 && vr >= 0 && !sameGroup(routes.get(hr), routes.get(vr));
                if (crossing) {
                    // Two unrelated arrows: the vertical passes over the horizontal, unbroken.
                    Route v = routes.get(vr);
                    c.put(x - sx, y - sy, v.weak() ? gl.weakV() : gl.v(), routeStyle[vr]);
                    continue;
                }
                int ri = hr >= 0 ? hr : vr;
                Route r = routes.get(ri);
                c.put(x - sx, y - sy, lineChar(m, r.weak()), routeStyle[ri]);
            }
        }
    }

    private static boolean sameGroup(Route a, Route b) {
        return a.target() == b.target() && a.weak() == b.weak();
    }

    private char lineChar(int m, boolean weak) {
        final int n = LineMap.N;
        final int e = LineMap.E;
        final int s = LineMap.S;
        final int w = LineMap.W;
        if ((m & (n | s)) == 0) {
            return weak ? gl.weakH() : gl.h();
        }
        if ((m & (e | w)) == 0) {
            return weak ? gl.weakV() : gl.v();
        }
        return switch (m) {
            case e | s -> gl.tl();
            case s | w -> gl.tr();
            case n | e -> gl.bl();
            case n | w -> gl.br();
            case n | s | e -> gl.teeE();
            case n | s | w -> gl.teeW();
            case e | s | w -> gl.teeS();
            case n | e | w -> gl.teeN();
            default -> gl.cross();
        };
    }

    private void paintUnrouted(Canvas c, Diagram d, Route r, int sx, int sy, Effects fx) {
        Box src = r.sourceIsFrame() ? d.frameBoxes().get(r.sourceBox()) : d.objectBoxes().get(r.sourceBox());
        Box dst = d.objectBoxes().get(r.target());
        if (src == null || dst == null) {
            return;
        }
        int row = -1;
        for (int i = 0; i < src.rows().size(); i++) {
            if (r.sourceKey().equals(src.rows().get(i).sourceKey())) {
                row = i;
            }
        }
        if (row >= 0) {
            // No path found: name the target instead of drawing a line through other boxes.
            String addr = fx.concealed().apply(dst.footer());
            String tag = "" + gl.h() + gl.head() + " " + (addr.length() > 6 ? gl.ellipsis() + addr.substring(addr.length() - 4) : addr);
            // ...but only in free cells: the tag must not write over a box it runs into.
            int y = src.rowY(row);
            int n = 0;
            while (n < tag.length() && !inAnyBox(d, src.right() + n, y)) {
                n++;
            }
            c.text(src.right() - sx, y - sy, tag.substring(0, n), pal.get(r.weak() ? Role.ARROW_WEAK : Role.ARROW));
        }
    }

    private static boolean inAnyBox(Diagram d, int x, int y) {
        for (Box b : d.boxes()) {
            if (b.contains(x, y)) {
                return true;
            }
        }
        return false;
    }

    private void paintBox(Canvas c, Box b, int x, int y, Effects fx) {
        BoxFx f = b.kind() == Box.Kind.OBJECT ? fx.box(b.id()) : BoxFx.NONE;
        boolean selected = b.kind() == Box.Kind.OBJECT && b.id() == fx.selected();
        boolean frame = b.kind() == Box.Kind.FRAME;
        Style border = pal.get(frame ? Role.FRAME_BORDER : b.garbage() ? Role.BOX_GARBAGE : Role.BOX_BORDER);
        Style title = pal.get(frame ? Role.FRAME_TITLE : Role.BOX_TYPE);
        Role fxRole = fxRole(f);
        if (fxRole != null) {
            border = pal.get(fxRole);
            title = pal.get(fxRole);
        } else if (selected) {
            border = pal.get(Role.BOX_SELECTED);
        }
        int w = b.w();
        int h = b.h();
        // No fill: the panel was cleared and arrows never enter boxes, so the inside is blank already.
        boolean dbl = selected;
        char hz = dbl ? gl.dh() : gl.h();
        char vt = dbl ? gl.dv() : gl.v();
        // Top: ┌ title ──── rc 2 ┐
        c.put(x, y, dbl ? gl.dtl() : frame ? gl.rtl() : gl.tl(), border);
        c.hline(x + 1, y, w - 2, hz, border);
        c.put(x + w - 1, y, dbl ? gl.dtr() : frame ? gl.rtr() : gl.tr(), border);
        String rc = b.rc();
        Style rcStyle = pal.get(Role.BOX_RC);
        if (fx.concealed().refcounts() && !rc.isEmpty()) {
            rc = "rc ?";
        } else if (f.rcBefore() >= 0 && !rc.isEmpty()) {
            rc = "rc " + f.rcBefore() + (gl.ascii() ? "->" : "→") + rc.substring(3);
            rcStyle = pal.get(Role.FX_RC);
        }
        int rcW = rc.isEmpty() ? 0 : Text.width(rc) + 2;
        String t = b.title();
        if (b.deadWeakref()) {
            t = t + " " + gl.dead();
        }
        boolean picked = b.kind() == Box.Kind.OBJECT && fx.picked().contains(b.id());
        if (picked) {
            t = (gl.ascii() ? "x " : "✗ ") + t; // the player's pick for "which objects are freed"
            title = pal.get(Role.FX_FREED);
            if (fxRole == null && !selected) {
                border = pal.get(Role.FX_FREED);
            }
        }
        String tt = Text.fit(t, Math.max(1, w - 5 - rcW), gl.ellipsis());
        c.text(x + 1, y, " ", border);
        int after = c.text(x + 2, y, tt, b.deadWeakref() && fxRole == null ? pal.get(Role.BOX_DEAD) : title);
        c.put(after, y, ' ', border);
        if (rcW > 0 && w >= rcW + 5) {
            c.text(x + w - 1 - rcW, y, " " + rc + " ", rcStyle);
            c.put(x + w - 1 - rcW, y, ' ', border);
            c.put(x + w - 2, y, ' ', border);
        }
        // Sides and rows.
        boolean showContent = f.appear() >= 0.35;
        int lw = BoxContent.labelWidth(b.rows());
        for (int i = 0; i < b.rows().size(); i++) {
            int ry = y + 1 + i;
            BoxRow r = b.rows().get(i);
            c.put(x, ry, vt, border);
            boolean arrow = r.hasArrow();
            Style dotStyle = pal.get(r.weak() ? Role.ARROW_WEAK : Role.ARROW);
            if (r.target() == fx.selected() && fx.selected() >= 0) {
                dotStyle = pal.get(Role.BOX_SELECTED);
            }
            c.put(x + w - 1, ry, arrow ? (r.weak() ? gl.weakDot() : gl.dot()) : vt, arrow ? dotStyle : border);
            if (showContent) {
                paintRow(c, r, x + 2, ry, w - 4, lw, frame, f);
            }
        }
        // Bottom: └ 0x7f3a8c1b2a40 ─┘
        int by = y + h - 1;
        c.put(x, by, dbl ? gl.dbl() : frame ? gl.rbl() : gl.bl(), border);
        c.hline(x + 1, by, w - 2, hz, border);
        c.put(x + w - 1, by, dbl ? gl.dbr() : frame ? gl.rbr() : gl.br(), border);
        if (!b.footer().isEmpty() && showContent) {
            String foot = fx.concealed().apply(b.footer());
            if (b.garbage() && Text.width(foot) + BoxContent.UNREACHABLE.length() + 6 <= w) {
                c.text(x + 1, by, " " + foot + " ", pal.get(Role.BOX_ADDRESS));
                c.text(x + 3 + Text.width(foot), by, BoxContent.UNREACHABLE, pal.get(Role.BOX_GARBAGE));
                c.put(x + 3 + Text.width(foot) + BoxContent.UNREACHABLE.length(), by, ' ', border);
            } else {
                c.text(x + 1, by, " " + Text.fit(foot, w - 4, gl.ellipsis()) + " ", pal.get(Role.BOX_ADDRESS));
            }
        }
        if (f.dissolve() > 0) {
            dissolve(c, b, x, y, f.dissolve());
        }
    }

    private void paintRow(Canvas c, BoxRow r, int x, int y, int avail, int lw, boolean frame, BoxFx f) {
        int cx = x;
        if (lw > 0 && !r.label().isEmpty()) {
            String label = Text.padRight(Text.fit(r.label(), Math.min(lw, avail), gl.ellipsis()), lw);
            cx = c.text(cx, y, label, pal.get(frame ? Role.NAME : Role.BOX_LABEL), avail) + 1;
        } else if (lw > 0 && r.kind() != BoxRow.Kind.VALUE && r.kind() != BoxRow.Kind.MORE
                && r.kind() != BoxRow.Kind.NOTE) {
            cx += lw + 1;
        }
        int left = x + avail - cx;
        if (left <= 0) {
            return;
        }
        switch (r.kind()) {
            case VALUE -> c.text(cx, y, Text.fit(r.value(), left, gl.ellipsis()),
                    f.died() ? pal.get(Role.FX_DIED) : pal.get(Role.BOX_VALUE));
            case INLINE -> c.text(cx, y, Text.fit(r.value(), left, gl.ellipsis()), pal.get(Role.BOX_VALUE));
            case ARROW -> c.text(cx, y, Text.fit(r.value(), left, gl.ellipsis()), pal.get(Role.DIM));
            case DEAD -> c.text(cx, y, Text.fit(gl.dead() + " dead", left, gl.ellipsis()),
                    pal.get(f.died() ? Role.FX_DIED : Role.BOX_DEAD));
            case MORE -> c.text(cx, y, Text.fit(gl.ellipsis() + " " + r.value(), left, gl.ellipsis()), pal.get(Role.DIM));
            case NOTE -> c.text(cx, y, Text.fit(r.value(), left, gl.ellipsis()), pal.get(Role.DIM));
        }
    }

    private Role fxRole(BoxFx f) {
        if (f.flash()) {
            return Role.FX_FREED;
        }
        if (f.died()) {
            return Role.FX_DIED;
        }
        return switch (f.gc()) {
            case UNREACHABLE -> Role.FX_UNREACHABLE;
            case MARKED -> Role.FX_MARKED;
            case CANDIDATE -> Role.FX_CANDIDATE;
            case NONE -> f.appear() < 1 ? Role.FX_NEW : null;
        };
    }

    /** Crumbles the box: a fixed pseudo-random order of cells, so frames are stable and testable. */
    private void dissolve(Canvas c, Box b, int x, int y, double amount) {
        Style dim = pal.get(Role.DIM);
        for (int j = 0; j < b.h(); j++) {
            for (int i = 0; i < b.w(); i++) {
                int hash = ((b.x() + i) * 73856093 ^ (b.y() + j) * 19349663 ^ b.id() * 83492791) & 1023;
                double p = hash / 1024.0;
                if (p < amount) {
                    c.put(x + i, y + j, ' ', Style.DEFAULT);
                } else if (p < amount + 0.3) {
                    c.put(x + i, y + j, amount < 0.5 ? gl.shade2() : gl.shade3(), dim);
                }
            }
        }
    }
}
