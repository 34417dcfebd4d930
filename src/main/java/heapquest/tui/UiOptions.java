package heapquest.tui;

import heapquest.tui.render.ColorMode;
import heapquest.tui.render.Glyphs;
import heapquest.tui.render.Palette;

import java.util.Map;

/** How to draw: line characters or ASCII, the palette, whether steps are animated. */
public record UiOptions(Glyphs glyphs, Palette palette, boolean animations) {

    public static UiOptions of(boolean ascii, ColorMode colors, boolean animations) {
        return new UiOptions(ascii ? Glyphs.ASCII : Glyphs.UNICODE, Palette.of(colors), animations);
    }

    /** From the command line flags and the environment (NO_COLOR, TERM, COLORTERM). */
    public static UiOptions fromEnv(boolean ascii, boolean noAnimation, Map<String, String> env) {
        return of(ascii, ColorMode.detect(env), !noAnimation);
    }

    public boolean ascii() {
        return glyphs.ascii();
    }
}
