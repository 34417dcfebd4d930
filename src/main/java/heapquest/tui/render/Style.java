package heapquest.tui.render;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;

import java.util.EnumSet;
import java.util.Set;

/** Foreground, background and modifiers of a cell; immutable. */
public record Style(TextColor fg, TextColor bg, Set<SGR> sgr) {

    public static final Style DEFAULT = new Style(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, Set.of());

    public Style {
        sgr = sgr.isEmpty() ? Set.of() : Set.copyOf(sgr);
    }

    public static Style fg(TextColor fg) {
        return new Style(fg, TextColor.ANSI.DEFAULT, Set.of());
    }

    public Style withFg(TextColor c) {
        return new Style(c, bg, sgr);
    }

    public Style withBg(TextColor c) {
        return new Style(fg, c, sgr);
    }

    public Style with(SGR s) {
        EnumSet<SGR> set = sgr.isEmpty() ? EnumSet.noneOf(SGR.class) : EnumSet.copyOf(sgr);
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
        return sgr.isEmpty() ? new TextCharacter(c, fg, bg)
                : new TextCharacter(c, fg, bg, EnumSet.copyOf(sgr));
    }
}
