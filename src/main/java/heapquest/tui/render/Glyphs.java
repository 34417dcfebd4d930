package heapquest.tui.render;

/**
 * Every drawing character the UI uses, in two sets: Unicode line drawing (U+2500 block, arrows and
 * a few geometric shapes, all single-width in Lanterna and in terminals) and plain ASCII for
 * terminals or fonts without them ({@code --ascii}).
 */
public record Glyphs(
        char h, char v, char tl, char tr, char bl, char br,          // square boxes (heap objects)
        char rtl, char rtr, char rbl, char rbr,                        // rounded corners (panels)
        char dh, char dv, char dtl, char dtr, char dbl, char dbr,      // double lines (selection)
        char teeE, char teeW, char teeS, char teeN, char cross,       // line junctions
        char weakH, char weakV,                                       // dashed lines (weak references)
        char head, char weakHead, char dot, char weakDot,             // arrow heads and sources
        char current, char caller, char marker, char dead, char ellipsis,
        char shade1, char shade2, char shade3,                        // dissolve animation
        char up, char down, char left, char right, char play, char pause) {

    public static final Glyphs UNICODE = new Glyphs(
            '─', '│', '┌', '┐', '└', '┘',
            '╭', '╮', '╰', '╯',
            '═', '║', '╔', '╗', '╚', '╝',
            '├', '┤', '┬', '┴', '┼',
            '╌', '╎',
            '►', '▷', '●', '○',
            '▶', '›', '◆', '✝', '…',
            '▓', '▒', '░',
            '▲', '▼', '◀', '▶', '▶', '‖');

    public static final Glyphs ASCII = new Glyphs(
            '-', '|', '+', '+', '+', '+',
            '+', '+', '+', '+',
            '=', '#', '#', '#', '#', '#',
            '+', '+', '+', '+', '+',
            '.', ':',
            '>', '>', 'o', 'o',
            '>', '-', '?', 'x', '~',
            '#', '%', '.',
            '^', 'v', '<', '>', '>', '=');

    public boolean ascii() {
        return this == ASCII || h == '-';
    }
}
