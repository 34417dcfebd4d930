package heapquest.tui;

import heapquest.tui.panels.CodeModel;
import heapquest.tui.panels.PythonHighlighter.Kind;
import heapquest.tui.panels.PythonHighlighter.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class HighlighterTest {

    static Kind kindAt(CodeModel m, int line, String text) {
        String l = m.lines().get(line - 1);
        int col = l.indexOf(text);
        for (Span s : m.spans().get(line - 1)) {
            if (s.start() <= col && col < s.end()) {
                return s.kind();
            }
        }
        return Kind.TEXT;
    }

    @Test
    void keywordsStringsNumbersCommentsAndMarkers() {
        CodeModel m = CodeModel.of(List.of(
                "def f(x):  # helper",
                "    return x + 0x1F",
                "s = 'it''s' + \"q\"",
                "a = [1, 2.5e-3]  # @q1",
                "doc = \"\"\"two",
                "lines\"\"\" if None else print"));
        assertEquals(Kind.KEYWORD, kindAt(m, 1, "def"));
        assertEquals(Kind.COMMENT, kindAt(m, 1, "# helper"));
        assertEquals(Kind.KEYWORD, kindAt(m, 2, "return"));
        assertEquals(Kind.NUMBER, kindAt(m, 2, "0x1F"));
        assertEquals(Kind.STRING, kindAt(m, 3, "'it'"));
        assertEquals(Kind.STRING, kindAt(m, 3, "\"q\""));
        assertEquals(Kind.NUMBER, kindAt(m, 4, "2.5e-3"));
        assertEquals(Kind.MARKER, kindAt(m, 4, "# @q1"));
        assertEquals("q1", m.markers().get(4));
        assertEquals(Kind.STRING, kindAt(m, 5, "\"\"\"two"));
        assertEquals(Kind.STRING, kindAt(m, 6, "lines"), "triple quotes run across lines");
        assertEquals(Kind.KEYWORD, kindAt(m, 6, "if"));
        assertEquals(Kind.CONSTANT, kindAt(m, 6, "None"));
        assertEquals(Kind.BUILTIN, kindAt(m, 6, "print"));
    }

    @Test
    void tabsAreExpandedAndCjkMeasuredWide() {
        CodeModel m = CodeModel.of(List.of("if x:", "\ty = '中文'"));
        assertEquals("    y = '中文'", m.lines().get(1));
        assertEquals(14, m.maxWidth());
    }
}
