package heapquest.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** {@code heapquest run}: output as python3 prints it, the trace views, and errors users can act on. */
class RunCommandTest {
    @RegisterExtension
    final StdStreams std = new StdStreams();
    @TempDir
    Path dir;

    private Path program(String text) throws Exception {
        Path p = dir.resolve("prog.py");
        Files.writeString(p, text);
        return p;
    }

    private String out() {
        return std.out();
    }

    private String err() {
        return std.err();
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
        // The class dies at exit, in a step of its own, not in the last line's.
        String exit = text.substring(text.indexOf("step 4     exit"));
        assertTrue(exit.matches("(?s).*free +#\\d+ type.*"), exit);
        assertFalse(text.substring(0, text.indexOf("step 4")).matches("(?s).*free +#\\d+ type.*"), text);
    }

    @Test
    void jsonIsOneDocumentWithEveryStep() throws Exception {
        Path p = program("a = 1000\nprint(a)\n");
        assertEquals(0, Main.run("run", "--json", p.toString()));
        JsonNode root = new ObjectMapper().readTree(out());
        assertEquals("1000\n", root.get("stdout").asText());
        assertEquals(3, root.get("steps").size(), "two lines and the interpreter's exit");
        assertEquals(2, root.get("steps").get(1).get("line").asInt());
        assertEquals(0, root.get("steps").get(2).get("line").asInt(), "the exit clean-up is line 0");
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
