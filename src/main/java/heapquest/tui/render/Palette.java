package heapquest.tui.render;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.TextColor.ANSI;

import java.util.EnumMap;
import java.util.Map;

/**
 * The styles of every role for one color mode. The choices, in short: object boxes are blue, frames
 * green, strong arrows plain and weak ones magenta; yellow means "changed", green "new" or "marked
 * reachable", red "freed" or "unreachable". The same meanings hold in all three modes; without
 * color they fall back to bold (new, changed) and reverse (freed, current line, selection), so the
 * game stays playable with NO_COLOR.
 */
public final class Palette {
    private final ColorMode mode;
    private final Map<Role, Style> styles;

    private Palette(ColorMode mode, Map<Role, Style> styles) {
        this.mode = mode;
        this.styles = styles;
        for (Role r : Role.values()) {
            styles.putIfAbsent(r, Style.DEFAULT);
        }
    }

    public ColorMode mode() {
        return mode;
    }

    public Style get(Role role) {
        return styles.get(role);
    }

    public static Palette of(ColorMode mode) {
        return switch (mode) {
            case NONE -> mono();
            case ANSI16 -> ansi16();
            case XTERM256 -> xterm256();
        };
    }

    private static Style s(TextColor fg) {
        return Style.fg(fg);
    }

    private static Palette mono() {
        Map<Role, Style> m = new EnumMap<>(Role.class);
        Style d = Style.DEFAULT;
        m.put(Role.TITLE, d.bold());
        m.put(Role.ACCENT, d.bold());
        m.put(Role.PANEL_TITLE, d.bold());
        m.put(Role.PANEL_BORDER_FOCUS, d.bold());
        m.put(Role.CODE_KEYWORD, d.bold());
        m.put(Role.CODE_MARKER, d.with(SGR.UNDERLINE));
        m.put(Role.CODE_CURRENT, d.reverse());
        m.put(Role.CODE_CURRENT_MARK, d.reverse().bold());
        m.put(Role.BOX_TYPE, d.bold());
        m.put(Role.BOX_SELECTED, d.bold());
        m.put(Role.BOX_DEAD, d.with(SGR.CROSSED_OUT));
        m.put(Role.FRAME_TITLE, d.bold());
        m.put(Role.NAME, d.bold());
        m.put(Role.FX_NEW, d.bold());
        m.put(Role.FX_FREED, d.reverse());
        m.put(Role.FX_RC, d.reverse());
        m.put(Role.FX_MARKED, d.bold());
        m.put(Role.FX_UNREACHABLE, d.reverse());
        m.put(Role.FX_CANDIDATE, d.with(SGR.UNDERLINE));
        m.put(Role.FX_DIED, d.reverse());
        m.put(Role.STATUS_KEY, d.bold());
        m.put(Role.ERROR, d.bold());
        m.put(Role.OUTPUT_NEW, d.bold());
        m.put(Role.OK, d.bold());
        m.put(Role.WARN, d.bold());
        return new Palette(ColorMode.NONE, m);
    }

    private static Palette ansi16() {
        Map<Role, Style> m = new EnumMap<>(Role.class);
        m.put(Role.DIM, s(ANSI.BLACK_BRIGHT));
        m.put(Role.TITLE, s(ANSI.CYAN).bold());
        m.put(Role.ACCENT, s(ANSI.CYAN).bold());
        m.put(Role.PANEL_BORDER, s(ANSI.BLACK_BRIGHT));
        m.put(Role.PANEL_BORDER_FOCUS, s(ANSI.CYAN));
        m.put(Role.PANEL_TITLE, s(ANSI.CYAN).bold());
        m.put(Role.CODE_KEYWORD, s(ANSI.MAGENTA));
        m.put(Role.CODE_BUILTIN, s(ANSI.CYAN));
        m.put(Role.CODE_STRING, s(ANSI.GREEN));
        m.put(Role.CODE_NUMBER, s(ANSI.YELLOW));
        m.put(Role.CODE_COMMENT, s(ANSI.BLACK_BRIGHT));
        m.put(Role.CODE_MARKER, s(ANSI.YELLOW).bold());
        m.put(Role.CODE_CURRENT, new Style(ANSI.WHITE_BRIGHT, ANSI.BLUE, java.util.Set.of()));
        m.put(Role.CODE_CURRENT_MARK, new Style(ANSI.YELLOW_BRIGHT, ANSI.BLUE, java.util.Set.of(SGR.BOLD)));
        m.put(Role.CODE_LINENO, s(ANSI.BLACK_BRIGHT));
        m.put(Role.CODE_CALLER, s(ANSI.YELLOW));
        m.put(Role.BOX_BORDER, s(ANSI.BLUE));
        m.put(Role.BOX_TYPE, s(ANSI.CYAN).bold());
        m.put(Role.BOX_RC, s(ANSI.YELLOW));
        m.put(Role.BOX_ADDRESS, s(ANSI.BLACK_BRIGHT));
        m.put(Role.BOX_LABEL, s(ANSI.BLACK_BRIGHT));
        m.put(Role.BOX_GARBAGE, s(ANSI.RED));
        m.put(Role.BOX_SELECTED, s(ANSI.YELLOW_BRIGHT).bold());
        m.put(Role.BOX_DEAD, s(ANSI.RED));
        m.put(Role.FRAME_BORDER, s(ANSI.GREEN));
        m.put(Role.FRAME_TITLE, s(ANSI.GREEN).bold());
        m.put(Role.NAME, Style.DEFAULT.bold());
        m.put(Role.ARROW_WEAK, s(ANSI.MAGENTA));
        m.put(Role.ARROW_DEAD, s(ANSI.RED));
        m.put(Role.FX_NEW, s(ANSI.GREEN_BRIGHT).bold());
        m.put(Role.FX_FREED, new Style(ANSI.WHITE_BRIGHT, ANSI.RED, java.util.Set.of(SGR.BOLD)));
        m.put(Role.FX_RC, new Style(ANSI.BLACK, ANSI.YELLOW, java.util.Set.of(SGR.BOLD)));
        m.put(Role.FX_MARKED, s(ANSI.GREEN_BRIGHT).bold());
        m.put(Role.FX_UNREACHABLE, new Style(ANSI.WHITE_BRIGHT, ANSI.MAGENTA, java.util.Set.of(SGR.BOLD)));
        m.put(Role.FX_CANDIDATE, s(ANSI.CYAN));
        m.put(Role.FX_DIED, new Style(ANSI.WHITE_BRIGHT, ANSI.RED, java.util.Set.of()));
        m.put(Role.STATUS_KEY, s(ANSI.CYAN).bold());
        m.put(Role.STATUS_TEXT, s(ANSI.BLACK_BRIGHT));
        m.put(Role.ERROR, s(ANSI.RED).bold());
        m.put(Role.OUTPUT_NEW, s(ANSI.GREEN_BRIGHT).bold());
        m.put(Role.OK, s(ANSI.GREEN).bold());
        m.put(Role.WARN, s(ANSI.YELLOW).bold());
        return new Palette(ColorMode.ANSI16, m);
    }

    private static TextColor x(int index) {
        return new TextColor.Indexed(index);
    }

    private static Palette xterm256() {
        Map<Role, Style> m = new EnumMap<>(Role.class);
        m.put(Role.DIM, s(x(245)));
        m.put(Role.TITLE, s(x(81)).bold());
        m.put(Role.ACCENT, s(x(81)).bold());
        m.put(Role.PANEL_BORDER, s(x(240)));
        m.put(Role.PANEL_BORDER_FOCUS, s(x(74)));
        m.put(Role.PANEL_TITLE, s(x(81)).bold());
        m.put(Role.CODE_KEYWORD, s(x(176)));
        m.put(Role.CODE_BUILTIN, s(x(80)));
        m.put(Role.CODE_STRING, s(x(114)));
        m.put(Role.CODE_NUMBER, s(x(215)));
        m.put(Role.CODE_COMMENT, s(x(244)));
        m.put(Role.CODE_MARKER, s(x(221)).bold());
        m.put(Role.CODE_CURRENT, new Style(x(231), x(24), java.util.Set.of()));
        m.put(Role.CODE_CURRENT_MARK, new Style(x(221), x(24), java.util.Set.of(SGR.BOLD)));
        m.put(Role.CODE_LINENO, s(x(242)));
        m.put(Role.CODE_CALLER, s(x(179)));
        m.put(Role.BOX_BORDER, s(x(68)));
        m.put(Role.BOX_TYPE, s(x(81)).bold());
        m.put(Role.BOX_RC, s(x(221)));
        m.put(Role.BOX_ADDRESS, s(x(244)));
        m.put(Role.BOX_LABEL, s(x(246)));
        m.put(Role.BOX_GARBAGE, s(x(203)));
        m.put(Role.BOX_SELECTED, s(x(227)).bold());
        m.put(Role.BOX_DEAD, s(x(203)));
        m.put(Role.FRAME_BORDER, s(x(71)));
        m.put(Role.FRAME_TITLE, s(x(114)).bold());
        m.put(Role.NAME, Style.DEFAULT.bold());
        m.put(Role.ARROW, s(x(252)));
        m.put(Role.ARROW_WEAK, s(x(176)));
        m.put(Role.ARROW_DEAD, s(x(203)));
        m.put(Role.FX_NEW, s(x(120)).bold());
        m.put(Role.FX_FREED, new Style(x(231), x(160), java.util.Set.of(SGR.BOLD)));
        m.put(Role.FX_RC, new Style(x(16), x(221), java.util.Set.of(SGR.BOLD)));
        m.put(Role.FX_MARKED, s(x(120)).bold());
        m.put(Role.FX_UNREACHABLE, new Style(x(231), x(127), java.util.Set.of(SGR.BOLD)));
        m.put(Role.FX_CANDIDATE, s(x(80)));
        m.put(Role.FX_DIED, new Style(x(231), x(160), java.util.Set.of()));
        m.put(Role.STATUS_KEY, s(x(81)).bold());
        m.put(Role.STATUS_TEXT, s(x(246)));
        m.put(Role.ERROR, s(x(203)).bold());
        m.put(Role.OUTPUT_NEW, s(x(120)).bold());
        m.put(Role.OK, s(x(114)).bold());
        m.put(Role.WARN, s(x(221)).bold());
        return new Palette(ColorMode.XTERM256, m);
    }
}
