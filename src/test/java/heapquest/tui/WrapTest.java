package heapquest.tui;

import heapquest.tui.render.Wrap;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class WrapTest {

    @Test
    void reflowsParagraphsAndKeepsBlankLinesListsAndCode() {
        String lesson = "A name refers to an object;\nrebinding never changes it.\n\n- first\n- second\n    x = 1\n";
        List<String> out = Wrap.lines(lesson, 30);
        assertEquals(List.of("A name refers to an object;", "rebinding never changes it.", "", "- first", "- second",
                "    x = 1"), out);
    }

    @Test
    void longWordsAreCut() {
        List<String> out = Wrap.lines("id 0x7f3a1c2041e0deadbeefcafe", 10);
        assertTrue(out.stream().allMatch(l -> l.length() <= 10), out.toString());
        assertEquals("id0x7f3a1c2041e0deadbeefcafe", String.join("", out).replace(" ", ""));
    }
}
