package heapquest.tui;

import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.input.KeyType;
import heapquest.tui.render.ColorMode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ViewerTest {

    @Test
    void firstScreenMarksLineOneAndExplainsTheEmptyHeap() {
        Driver d = new Driver(Traces.aliasing(), 100, 30);
        String screen = d.text();
        int row = d.rowOf("a = [1, 2]");
        assertTrue(row > 0, screen);
        assertTrue(d.rows().get(row).contains("▶ 1"), "current line marked: " + d.rows().get(row));
        assertTrue(screen.contains("line 1   step 1/5"), screen);
        assertTrue(screen.contains("nothing printed yet"), screen);
    }

    @Test
    void stepShowsBoxWithRefcountAndArrowFromName() {
        Driver d = new Driver(Traces.aliasing(), 100, 30).key('n');
        String screen = d.text();
        assertTrue(d.rows().get(d.rowOf("b = a")).contains("▶ 2"), screen);
        assertTrue(screen.contains("┌ list"), screen);
        assertTrue(screen.contains("rc 1 ┐"), screen);
        assertTrue(screen.contains("0x7f3a8c1b2c80"), screen); // hex(id(x)) of serial 10
        int nameRow = d.rowOf("│ a list");
        assertTrue(nameRow > 0, screen);
        String row = d.rows().get(nameRow);
        assertTrue(row.matches(".*│ a list +●─+►│ \\[0\\] 1.*"), "arrow from a to the list: " + row);
        d.key(KeyType.ArrowRight);
        assertTrue(d.text().contains("rc 2 ┐"), d.text());
    }

    @Test
    void freedObjectDisappearsAndSteppingBackRestoresIt() {
        Driver d = new Driver(Traces.aliasing(), 100, 30).keys("nnn");
        assertTrue(d.text().contains("┌ list"), d.text());
        d.key('n');
        assertFalse(d.text().contains("┌ list"), d.text());
        assertTrue(d.text().contains("freed list 0x7f3a8c1b2c80"), d.text());
        d.key('p');
        assertTrue(d.text().contains("┌ list"), d.text());
        assertTrue(d.text().contains("rc 1 ┐"), d.text());
        d.key(KeyType.Home);
        assertFalse(d.text().contains("┌ list"));
        assertTrue(d.text().contains("No names and no objects yet."), d.text());
        d.key(KeyType.End);
        assertTrue(d.text().contains("finished"), d.text());
        assertTrue(d.text().contains("done"), d.text());
    }

    @Test
    void weakReferenceIsDashedAndDiesAfterCollection() {
        Driver d = new Driver(Traces.cycle(), 110, 32).key('n');
        String s = d.text();
        assertTrue(s.contains("○╌") || s.contains("○┐") || s.contains("○┘"), "weak source: " + s);
        assertTrue(s.contains("╌") || s.contains("╎"), "dashed line: " + s);
        d.key('n');
        assertTrue(d.text().contains("unreachable"), "cycle marked before gc: " + d.text());
        d.key('n');
        String after = d.text();
        assertTrue(after.contains("✝ dead"), after);
        assertFalse(after.contains("┌ Node"), after);
    }

    @Test
    void tooSmallSaysSoAndRecovers() {
        Driver d = new Driver(Traces.aliasing(), 100, 30).resize(50, 12);
        String s = d.text();
        assertTrue(s.contains("Terminal too small: 50x12"), s);
        assertTrue(s.contains("at least 72x20"), s);
        assertFalse(s.contains("┌"), s);
        d.resize(90, 26);
        assertTrue(d.text().contains("a = [1, 2]"), d.text());
    }

    @Test
    void helpOverlayListsEveryKey() {
        Driver d = new Driver(Traces.aliasing(), 100, 40).key('?');
        String s = d.text();
        for (String k : List.of("run one line", "step back one line", "auto-play", "skip the animation",
                "scroll the heap", "select an object", "quit", "Home", "space", "Tab")) {
            assertTrue(s.contains(k), k + " in " + s);
        }
        d.key('n'); // ignored while the overlay is up
        assertTrue(d.text().contains("run one line"));
        assertTrue(d.text().contains("step 1/5"));
        d.key(KeyType.Escape);
        assertFalse(d.text().contains("run one line"));
        assertFalse(d.state.quit());
    }

    @Test
    void asciiModeHasNoLineDrawingCharacters() {
        Driver d = new Driver(Traces.cycle(), 110, 32, UiOptions.of(true, ColorMode.ANSI16, false)).keys("n");
        for (String row : d.rows()) {
            for (char c : row.toCharArray()) {
                assertTrue(c < 0x80, "non-ASCII '" + c + "' in: " + row);
            }
        }
        assertTrue(d.text().contains("+ Node"), d.text());
        d.key('?');
        for (String row : d.rows()) {
            assertTrue(row.chars().allMatch(c -> c < 0x80), row);
        }
    }

    @Test
    void noColorMeansNoColoredCell() {
        Driver d = new Driver(Traces.cycle(), 110, 32, UiOptions.of(false, ColorMode.NONE, true)).key('n').tick(100);
        d.key('n').key('n').tick(200);
        assertNotNull(d.state.transition());
        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 110; x++) {
                TextCharacter c = d.cell(x, y);
                assertEquals(TextColor.ANSI.DEFAULT, c.getForegroundColor(), "fg at " + x + "," + y);
                assertEquals(TextColor.ANSI.DEFAULT, c.getBackgroundColor(), "bg at " + x + "," + y);
            }
        }
        int row = d.rowOf("print(r())");
        assertTrue(d.cell(3, row).isReversed(), "current line in reverse without colors");
    }

    @Test
    void quitKeys() {
        assertTrue(new Driver(Traces.aliasing(), 100, 30).key('q').state.quit());
        assertTrue(new Driver(Traces.aliasing(), 100, 30).key(KeyType.Escape).state.quit());
        assertTrue(new Driver(Traces.aliasing(), 100, 30)
                .stroke(new com.googlecode.lanterna.input.KeyStroke('c', true, false)).state.quit());
    }
}
