package heapquest.tui;

import heapquest.tui.render.Rect;

/**
 * Where each panel goes for a terminal size. The left column holds the code with, under it, the
 * frames, what the last step did, and the output; the heap takes the rest. Panel heights depend
 * only on the terminal's height, never on their contents, so nothing jumps while stepping.
 */
public record ScreenLayout(Rect title, Rect code, Rect stack, Rect events, Rect output, Rect heap, Rect status) {
    public static final int MIN_COLUMNS = 72;
    public static final int MIN_ROWS = 20;

    public static boolean tooSmall(int w, int h) {
        return w < MIN_COLUMNS || h < MIN_ROWS;
    }

    /** @param codeWidth the widest source line */
    public static ScreenLayout of(int w, int h, int codeWidth, int lineCount) {
        int bodyH = h - 2;
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
        } else {
            stackH = 4;
            eventsH = 0;
            outputH = 4;
        }
        int codeH = bodyH - stackH - eventsH - outputH;
        Rect code = Rect.of(0, 1, leftW, codeH);
        Rect stack = Rect.of(0, code.bottom(), leftW, stackH);
        Rect events = Rect.of(0, stack.bottom(), leftW, eventsH);
        Rect output = Rect.of(0, events.bottom(), leftW, outputH);
        Rect heap = Rect.of(leftW, 1, w - leftW, bodyH);
        return new ScreenLayout(Rect.of(0, 0, w, 1), code, stack, events, output, heap, Rect.of(0, h - 1, w, 1));
    }

    /** The cells inside the heap panel's border, where the diagram is drawn. */
    public Rect heapView() {
        return heap.inner();
    }
}
