package heapquest.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** {@code heapquest run}: output as python3 prints it, the trace views, and errors users can act on. */
class RunCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedOut;
    private PrintStream savedErr;
    @TempDir
    Path dir;

    @BeforeEach
    void capture() {
        savedOut = System.out;
        savedErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(savedOut);
        System.setErr(savedErr);
    }

    private Path program(String text) throws Exception {
        Path p = dir.resolve("prog.py");
        Files.writeString(p, text);
        return p;
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsWhatPythonPrints() throws Exception {
        Path p = program("x = [1, 2]\ny = x\ny.append(3)\nprint(x, x is y, 'é')\n");
        assertEquals(0, Main.run("run", p.toString()));
        assertEquals("[1, 2, 3] True é\n", out());
        assertEquals("", err());
    }

    @Test
    void uncaughtExceptionPrintsTracebackAndExitsOne() throws Exception {
        Path p = program("print('before')\nd = {}\nd['k']\n");
        assertEquals(1, Main.run("run", p.toString()));
        assertEquals("before\n", out());
        assertEquals("Traceback (most recent call last):\n  File \"" + p + "\", line 3, in <module>\n    d['k']\nKeyError: 'k'\n", err());
    }

    @Test
    void traceShowsTheLifeOfObjects() throws Exception {
        Path p = program("class C:\n    pass\nc = C()\nc = None\n");
        assertEquals(0, Main.run("run", "--trace", p.toString()));
        String text = out();
        assertTrue(text.contains("step 3     line 4"), text);
        assertTrue(text.matches("(?s).*free +#\\d+ C \\(refcount reached 0\\).*"), text);
        assertTrue(text.contains("bind      c -> #"), text);
    }

    @Test
    void jsonIsOneDocumentWithEveryStep() throws Exception {
        Path p = program("a = 1000\nprint(a)\n");
        assertEquals(0, Main.run("run", "--json", p.toString()));
        JsonNode root = new ObjectMapper().readTree(out());
        assertEquals("1000\n", root.get("stdout").asText());
        assertEquals(2, root.get("steps").size());
        assertEquals(2, root.get("steps").get(1).get("line").asInt());
        assertTrue(root.get("steps").get(0).get("events").isArray());
    }

    @Test
    void unsupportedSyntaxNamesFileLineAndColumn() throws Exception {
        Path p = program("x = 1\nasync def f(): pass\n");
        assertEquals(1, Main.run("run", p.toString()));
        assertEquals(p + ":2:1: not supported: 'async def'\n", err());
        assertEquals("", out());
    }

    @Test
    void missingFileIsAUsageError() {
        assertEquals(2, Main.run("run", dir.resolve("nope.py").toString()));
        assertTrue(err().contains("nope.py: no such file"), err());
    }
}
