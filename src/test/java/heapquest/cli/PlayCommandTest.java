package heapquest.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** heapquest play from the command line, without a terminal: --plain plays, the game says it needs one. */
class PlayCommandTest {
    static final String LEVELS = Path.of(System.getProperty("heapquest.root", "."), "levels").toString();

    @TempDir
    Path saves;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream oldOut;
    PrintStream oldErr;
    InputStream oldIn;

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldErr = System.err;
        oldIn = System.in;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
        System.setIn(oldIn);
    }

    int heapquest(String input, String... args) {
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        return Main.run(args);
    }

    @Test
    void plainPlaysTheLevelFromStdinAndSaves() throws Exception {
        int code = heapquest("y\n320\n2\ny\n2\nn\n", "play", "the-elephant", "--plain", "--levels", LEVELS,
                "--saves", saves.toString(), "--profile", "piped");
        String o = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(o.contains("Your answer: 320\nRight: 320\n"), o);
        assertTrue(o.endsWith("stars: 3 of 3\n"), o);
        var level = new ObjectMapper().readTree(Files.readString(saves.resolve("piped.json"))).at("/levels/the-elephant");
        assertEquals("DONE", level.get("state").asText());

        out.reset();
        assertEquals(0, heapquest("", "progress", "--levels", LEVELS, "--saves", saves.toString(), "--profile", "piped"));
        int levels = heapquest.level.LevelPack.load(Path.of(LEVELS)).levels().size();
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Levels: 1 of " + levels + " done"), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void plainWithoutALevelPlaysTheNextAndEndOfInputExitsCleanly() {
        int code = heapquest("y\n", "play", "--plain", "--levels", LEVELS, "--saves", saves.toString(), "--profile", "p");
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        String o = out.toString(StandardCharsets.UTF_8);
        assertTrue(o.startsWith("The elephant and the number"), o);
        assertTrue(o.endsWith("End of input: your progress is saved (1 of 6 questions answered); play the-elephant again to go on.\n"), o);
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void plainHidesTheNumbersAQuestionAsksAboutTheStateShown() {
        String pack = Path.of(System.getProperty("heapquest.root", "."), "src/test/resources/levels/conceal").toString();
        assertEquals(0, heapquest("2\n1\n1\n", "play", "conceal-test", "--plain", "--levels", pack,
                "--saves", saves.toString(), "--profile", "p"));
        String o = out.toString(StandardCharsets.UTF_8);
        // a refcount and an id question about the state before line 5: both hidden in the state printed there
        assertTrue(o.contains("""
                Heap (2 objects):
                  0x?  type  <class '__main__.Box'>  refcount ?  held by Box
                  0x?  Box  <Box>  refcount ?  held by b, c
                """), o);
        assertTrue(o.contains("Right: 2\n"), "the answer is still given after answering: " + o);
    }

    @Test
    void withoutATerminalTheGameSaysToUseOneOrPlain() {
        int code = heapquest("", "play", "--levels", LEVELS, "--saves", saves.toString());
        assertEquals(3, code);
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.contains("needs a terminal") && e.contains("--plain"), e);
        assertEquals(1, e.lines().count(), e);
        assertEquals(3, heapquest(""), "heapquest alone is the game (run where levels/ is)");
    }

    @Test
    void badInputIsOneLine() {
        assertEquals(2, heapquest("", "play", "nope", "--plain", "--levels", LEVELS, "--saves", saves.toString()));
        assertEquals(2, heapquest("", "play", "--plain", "--levels", LEVELS, "--profile", "a/b"));
        String e = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, e.lines().count(), e);
        assertTrue(e.contains("heapquest: no level 'nope'"), e);
        assertTrue(e.contains("heapquest: Invalid profile name"), e);
    }
}
