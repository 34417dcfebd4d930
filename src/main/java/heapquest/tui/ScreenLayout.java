package heapquest.tui;

import heapquest.tui.render.Rect;

/**
 * Where each panel goes for a terminal size. The left column holds the code with, under it, the
 * frames, what the last step did, and the output; the heap takes the rest. Panel heights depend
 * only on the terminal's height, never on their contents, so nothing jumps while stepping.
 */
public record ScreenLayout(Rect title, Rect code, Rect stack, Rect events, Rect output, Rect heap, Rect question,
                           Rect status) {
    public static final int MIN_COLUMNS = 72;
    public static final int MIN_ROWS = 20;
    /** Playing needs room for the question panel too. */
    public static final int MIN_PLAY_COLUMNS = 80;
    public static final int MIN_PLAY_ROWS = 24;

    public static boolean tooSmall(int w, int h) {
        return w < MIN_COLUMNS || h < MIN_ROWS;
    }

    public static boolean tooSmall(int w, int h, boolean play) {
        return play ? w < MIN_PLAY_COLUMNS || h < MIN_PLAY_ROWS : tooSmall(w, h);
    }

    /** Rows of the question panel when playing, by terminal height. */
    public static int questionRows(int h) {
        return h >= 40 ? 10 : h >= 30 ? 9 : 8;
    }

    public static ScreenLayout of(int w, int h, int codeWidth, int lineCount) {
        return of(w, h, codeWidth, lineCount, false);
    }

    /** @param codeWidth the widest source line; play: keep the bottom rows for the question panel */
    public static ScreenLayout of(int w, int h, int codeWidth, int lineCount, boolean play) {
        int qRows = play ? questionRows(h) : 0;
        int bodyH = h - 2 - qRows;
        int numW = Math.max(2, String.valueOf(lineCount).length());
        int want = codeWidth + numW + 3 + 3;
        int leftW = Math.max(32, Math.min(want, w * 42 / 100));
        int stackH;
        int eventsH;
        int outputH;
        if (bodyH >= 40) {
            stackH = 6;
            eventsH = 9;
            outputH = 8;
        } else if (bodyH >= 28) {
            stackH = 5;
            eventsH = 7;
            outputH = 6;
        } else if (bodyH >= 22) {
            stackH = 4;
            eventsH = 5;
            outputH = 5;
        } else if (bodyH >= 18) {
            stackH = 4;
            eventsH = 0;
            outputH = 4;
        } else {
            stackH = 0; // a short screen while playing: the code and the heap matter most
            eventsH = 0;
            outputH = 3;
        }
        int codeH = bodyH - stackH - eventsH - outputH;
        Rect code = Rect.of(0, 1, leftW, codeH);
        Rect stack = Rect.of(0, code.bottom(), leftW, stackH);
        Rect events = Rect.of(0, stack.bottom(), leftW, eventsH);
        Rect output = Rect.of(0, events.bottom(), leftW, outputH);
        Rect heap = Rect.of(leftW, 1, w - leftW, bodyH);
        Rect question = Rect.of(0, 1 + bodyH, w, qRows);
        return new ScreenLayout(Rect.of(0, 0, w, 1), code, stack, events, output, heap, question, Rect.of(0, h - 1, w, 1));
    }

    /** The cells inside the heap panel's border, where the diagram is drawn. */
    public Rect heapView() {
        return heap.inner();
    }
}
