package heapquest.tui.render;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Foreground, background and modifiers of a cell; immutable. It hands out the Lanterna cells for
 * its characters from a cache: building a TextCharacter copies its modifier set and checks its
 * width, and a frame draws thousands of the same few characters in the same few styles.
 */
public final class Style {

    public static final Style DEFAULT = new Style(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, Set.of());

    private final TextColor fg;
    private final TextColor bg;
    private final Set<SGR> sgr;
    private final EnumSet<SGR> mods;
    private final ConcurrentHashMap<Character, TextCharacter> cells = new ConcurrentHashMap<>();

    public Style(TextColor fg, TextColor bg, Set<SGR> sgr) {
        this.fg = fg;
        this.bg = bg;
        this.sgr = sgr.isEmpty() ? Set.of() : Set.copyOf(sgr);
        this.mods = sgr.isEmpty() ? EnumSet.noneOf(SGR.class) : EnumSet.copyOf(sgr);
    }

    public static Style fg(TextColor fg) {
        return new Style(fg, TextColor.ANSI.DEFAULT, Set.of());
    }

    public TextColor fg() {
        return fg;
    }

    public TextColor bg() {
        return bg;
    }

    public Set<SGR> sgr() {
        return sgr;
    }

    public Style withFg(TextColor c) {
        return new Style(c, bg, sgr);
    }

    public Style withBg(TextColor c) {
        return new Style(fg, c, sgr);
    }

    public Style with(SGR s) {
        EnumSet<SGR> set = EnumSet.copyOf(mods);
        set.add(s);
        return new Style(fg, bg, set);
    }

    public Style bold() {
        return with(SGR.BOLD);
    }

    public Style reverse() {
        return with(SGR.REVERSE);
    }

    public TextCharacter cell(char c) {
        TextCharacter t = cells.get(c);
        if (t == null) {
            t = TextCharacter.fromCharacter(c, fg, bg, mods.toArray(new SGR[0]))[0];
            if (cells.size() < 512) {
                cells.put(c, t);
            }
        }
        return t;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Style s && fg.equals(s.fg) && bg.equals(s.bg) && sgr.equals(s.sgr);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fg, bg, sgr);
    }

    @Override
    public String toString() {
        return "Style[" + fg + ", " + bg + ", " + sgr + "]";
    }
}
