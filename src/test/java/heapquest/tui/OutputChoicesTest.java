package heapquest.tui;

import com.googlecode.lanterna.input.KeyType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An output choice of several lines shows its line breaks, in Unicode and in ASCII. */
class OutputChoicesTest {

    private static Path pack(Path dir) throws IOException {
        Path chapter = Files.createDirectories(dir.resolve("01-out"));
        Files.writeString(chapter.resolve("chapter.yaml"), """
                title: Out
                order: 1
                summary: Printing.
                """);
        Files.writeString(chapter.resolve("01-two-lines.yaml"), """
                id: two-lines
                title: Two lines
                concepts: [refcount]
                lesson: |
                  Two prints.
                program: |
                  def bye():
                      print("del car")
                      print("del engine")
                  bye()   # @bye
                questions:
                  - id: q
                    kind: output
                    marker: bye
                    choices: auto
                """);
        return dir;
    }

    private static String askedScreen(Path dir, boolean ascii) throws IOException {
        GameDriver d = new GameDriver(pack(dir), 120, 36, GameDriver.tempStore(),
                UiOptions.of(ascii, heapquest.tui.render.ColorMode.ANSI16, false));
        d.key(KeyType.Enter).key(KeyType.Enter).key('c');
        return d.text();
    }

    @Test
    void unicodeShowsEachLineBreakAsAReturnMark(@TempDir Path dir) throws IOException {
        String s = askedScreen(dir, false);
        assertTrue(s.contains("del car ⏎ del engine"), s);
        assertFalse(s.contains("del car del engine"), s);
    }

    @Test
    void asciiShowsEachLineBreakAsASlash(@TempDir Path dir) throws IOException {
        String s = askedScreen(dir, true);
        assertTrue(s.contains("del car / del engine"), s);
        assertFalse(s.contains("del car del engine"), s);
    }
}
