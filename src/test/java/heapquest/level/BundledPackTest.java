package heapquest.level;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The bundled course validates (schema, markers, the engine agreeing with every expect:), and the
 * seed level's answers are the ones CPython gives for that program.
 */
class BundledPackTest {
    private static final Path LEVELS = Path.of("levels");

    @Test
    void everyBundledLevelValidates() {
        Validator.Report report = new Validator().validate(List.of(LEVELS));
        assertTrue(report.ok(), () -> report.problems().stream().map(Problem::format).reduce("", (a, b) -> a + b + "\n"));
        assertFalse(report.solutions().isEmpty(), "the pack has levels");
    }

    @Test
    void theSeedLevelAnswersAsCPythonDoes() {
        Validator.Report report = new Validator().validate(List.of(LEVELS.resolve("01-names-and-objects/01-the-elephant.yaml")));
        Solution s = report.solutions().get(0);
        // CPython 3.11: id(20) - id(10) == 320; one strong reference; the weakref dies with the object.
        assertTrue(s.question("doubled-is-new").orElseThrow().check("320"));
        assertTrue(s.question("one-name").orElseThrow().check("1"));
        assertTrue(s.question("alive-before").orElseThrow().check("yes"));
        assertTrue(s.question("alive-after").orElseThrow().check("no"));
        assertFalse(s.question("alive-after").orElseThrow().check("yes"));
        assertTrue(s.question("what-dies").orElseThrow().check("my_object"));
    }
}
