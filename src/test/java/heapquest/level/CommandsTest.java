package heapquest.level;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import heapquest.cli.ListCommand;
import heapquest.cli.NewCommand;
import heapquest.cli.SolveCommand;
import heapquest.cli.ValidateCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The instructor commands: exit codes, output formats, and that `new` writes a level that validates. */
class CommandsTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    static Run run(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void newWritesATemplateThatValidates() throws IOException {
        Run r = run(new NewCommand(), "03-my-first-level", "--dir", dir.toString());
        assertEquals(0, r.code(), r.err());
        Path file = dir.resolve("03-my-first-level.yaml");
        assertTrue(r.out().startsWith("wrote " + file), r.out());
        String text = Files.readString(file);
        assertTrue(text.contains("\nid: my-first-level\n"), "the number prefix orders the file, not the id");
        Validator.Report report = new Validator().validate(List.of(file));
        assertEquals(List.of(), report.problems());
        Solution s = report.solutions().get(0);
        assertEquals(s.level().questions().size(), s.solved().size());
        for (QuestionKind k : QuestionKind.values()) {
            assertTrue(s.level().questions().stream().anyMatch(q -> q.kind() == k), "the template shows " + k.key);
        }
        assertEquals(0, run(new ValidateCommand(), file.toString()).code());
    }

    @Test
    void newNeverOverwritesWithoutForce() throws IOException {
        Path file = dir.resolve("lvl.yaml");
        Files.writeString(file, "mine");
        Run r = run(new NewCommand(), "lvl", "--dir", dir.toString());
        assertEquals(1, r.code());
        assertEquals("heapquest: " + file + " already exists (use --force to overwrite it)\n", r.err());
        assertEquals("mine", Files.readString(file));
        assertEquals(0, run(new NewCommand(), "lvl", "--dir", dir.toString(), "--force").code());
        assertTrue(Files.readString(file).contains("id: lvl"));
    }

    @Test
    void newRejectsABadId() {
        Run r = run(new NewCommand(), "My Level", "--dir", dir.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("is not a level id"), r.err());
    }

    @Test
    void newPointsEditorsAtTheSchemaWhenItCanFindIt() throws IOException {
        Path levels = Fixtures.root().resolve("levels");
        assertEquals("../docs/level-format.schema.json", NewCommandAccess.schemaPath(levels));
        assertEquals(null, NewCommandAccess.schemaPath(dir));
    }

    @Test
    void validatePrintsOneLinePerProblemAndASummary() {
        Path broken = Fixtures.path("broken/unknown-key.yaml");
        Run r = run(new ValidateCommand(), broken.toString());
        assertEquals(1, r.code());
        assertEquals(broken + ":1:1: error: missing required key 'questions' in the level\n"
                + broken + ":10:1: error: unknown key 'questoins' (did you mean 'questions'?)\n"
                + "2 problems in 1 file\n", r.out());
    }

    @Test
    void validateOkAndUsage() {
        Run ok = run(new ValidateCommand(), Fixtures.path("good").toString());
        assertEquals(0, ok.code(), ok.out());
        assertEquals("5 files OK\n", ok.out());
        Run missing = run(new ValidateCommand(), dir.resolve("nope").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no such file or folder"), missing.err());
        assertEquals(2, run(new ValidateCommand(), "--bogus").code());
        Run levelsOption = run(new ValidateCommand(), "--levels", Fixtures.path("good").toString());
        assertEquals(0, levelsOption.code(), levelsOption.out());
    }

    @Test
    void solvePrintsEachQuestionWithItsAnswerAndWhy() {
        Run r = run(new SolveCommand(), Fixtures.path("good/02-memory/01-weakrefs-and-cycles.yaml").toString());
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().startsWith("weakrefs-and-cycles: A cycle outlives its names  [weakref, cycles, gc]\n"), r.out());
        assertTrue(r.out().contains("""
                count-in-cycle  (refcount, line 13 @cycle, after)
                  line:    b.other = a          # @cycle
                  asks:    What is sys.getrefcount(a) - 1, just after line 13 runs?
                  answer:  2
                  choices: 1 | 2 (right) | 3 | 4
                  why:     name a; attribute .other of Node object b
                  expect:  2 (agrees)
                """), r.out());
    }

    @Test
    void solveReportsProblemsWithExitCodeOne() {
        Run r = run(new SolveCommand(), Fixtures.path("broken/expect-mismatch.yaml").toString());
        assertEquals(1, r.code());
        assertTrue(r.out().contains("expect:  3 (DISAGREES)"), r.out());
        assertTrue(r.out().contains(":16:13: error: question 'q1': expect says 3 but the engine computes 2"), r.out());
    }

    @Test
    void listShowsChaptersLevelsConceptsAndProgress() {
        Run r = run(new ListCommand(), "--levels", Fixtures.path("good").toString());
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals("1. Names and objects  (01-names)", lines[1]);
        assertEquals("   Names refer to objects; assignment never copies. Each reference counts.", lines[2]);
        assertTrue(lines[3].matches("\\s+1\\s+aliasing-and-counts\\s+Two names, one box\\s+-\\s+aliasing, refcount, del, containers"),
                lines[3]);
        assertTrue(r.out().endsWith("3 levels in 2 chapters\n"), r.out());

        Run withProgress = run(new ListCommand(id -> id.equals("rebinding-and-ids") ? Optional.of("done")
                : Optional.empty()), "--levels", Fixtures.path("good").toString());
        assertTrue(withProgress.out().contains("New objects, reused addresses  done"), withProgress.out());
    }

    @Test
    void listJsonIsForTools() throws IOException {
        Run r = run(new ListCommand(), "--json", "--levels", Fixtures.path("good").toString());
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(2, j.get("chapters").size());
        JsonNode first = j.at("/chapters/0/levels/0");
        assertEquals("aliasing-and-counts", first.get("id").asText());
        assertEquals("Two names, one box", first.get("title").asText());
        assertEquals(9, first.get("questions").asInt());
        assertTrue(first.get("progress").isNull());
        assertEquals("weakref", j.at("/chapters/1/levels/0/concepts/0").asText());
        assertEquals(0, j.get("problems").size());
    }

    @Test
    void listReportsBrokenFilesOnStderr() throws IOException {
        Path ch = Files.createDirectories(dir.resolve("01-x"));
        Files.copy(Fixtures.path("good/01-names/01-aliasing.yaml"), ch.resolve("01-a.yaml"));
        Files.writeString(ch.resolve("02-b.yaml"), "id: [");
        Run r = run(new ListCommand(), "--levels", dir.toString());
        assertEquals(1, r.code());
        assertTrue(r.out().contains("aliasing-and-counts"));
        assertTrue(r.err().contains("02-b.yaml:"), r.err());
        assertFalse(r.out().contains("02-b"));
    }
}
