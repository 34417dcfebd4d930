package heapquest.engine.syntax;

import java.util.Arrays;

/**
 * Turns offsets into the source string into {@link Pos}itions. Columns count Unicode code points
 * (a tab is one column, as in CPython's ast), so an emoji in a string literal does not shift the
 * columns of what follows it. Built once per source and shared by the lexer, the parser and the
 * f-string parser, which all work on offsets into the same normalized source.
 */
final class LineMap {
    private final String src;
    private final int[] lineStarts;

    LineMap(String src) {
        this.src = src;
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < src.length(); i++) {
            if (src.charAt(i) == '\n') {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, n);
    }

    /** 1-based line of the character at {@code index} (index may be src.length()). */
    int line(int index) {
        int i = Arrays.binarySearch(lineStarts, index);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    Pos pos(int index) {
        int line = line(index);
        int start = lineStarts[line - 1];
        return new Pos(line, src.codePointCount(start, Math.min(index, src.length())) + 1);
    }

    /** Line number of the last character of the source: where "detected at line N" points. */
    int lastLine() {
        return src.isEmpty() ? 1 : line(src.length() - 1);
    }
}
