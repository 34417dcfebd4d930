package heapquest.engine;

import heapquest.engine.trace.Trace;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every program of the conformance corpus runs on the engine and prints exactly what CPython 3.11
 * printed for it (the checked-in .out files were written by bench/gen-conformance.sh from python3).
 * Programs that raise must also end with CPython's exception line and exit code.
 */
class ConformanceTest {
    static final Path DIR = Path.of("src/test/resources/conformance");
    private static final String MASK = "# conformance: mask-addresses";

    static List<Path> programs() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
    }

    @Test
    void corpusIsLargeEnough() throws IOException {
        assertTrue(programs().size() >= 80, "the corpus needs at least 80 programs, has " + programs().size());
    }

    @TestFactory
    Stream<DynamicTest> engineMatchesCPython() throws IOException {
        return programs().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    static void check(Path program) throws IOException {
        String name = program.getFileName().toString();
        String base = name.substring(0, name.length() - 3);
        String source = Files.readString(program, StandardCharsets.UTF_8);
        Trace t = Engine.run(name, source, Limits.DEFAULT, List.of());
        String expected = Files.readString(program.resolveSibling(base + ".out"), StandardCharsets.UTF_8);
        String actual = t.output();
        if (source.startsWith(MASK)) {
            actual = actual.replaceAll("0x[0-9a-f]+", "0xADDR");
        }
        assertEquals(expected, actual, name + ": stdout differs from CPython's");
        Path exit = program.resolveSibling(base + ".exit");
        int expectedExit = Files.exists(exit) ? Integer.parseInt(Files.readString(exit).strip()) : 0;
        assertEquals(expectedExit, t.exitCode(), name + ": exit code\n" + t.errorOutput());
        Path err = program.resolveSibling(base + ".err");
        if (Files.exists(err)) {
            assertEquals(lastLine(Files.readString(err, StandardCharsets.UTF_8)), lastLine(t.errorOutput()),
                    name + ": the exception line differs from CPython's");
        }
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines[lines.length - 1];
    }
}
