package heapquest.level;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One broken level file per validation error (src/test/resources/levels/broken/), each checked for
 * exactly the problems it must produce: file, line, column and message.
 */
class BrokenLevelsTest {

    static Stream<Arguments> fixtures() {
        return Stream.of(
                // YAML and the file itself
                Arguments.of("yaml-syntax.yaml", List.of("13:1: YAML syntax: found unexpected end of stream "
                        + "(while scanning a quoted scalar that starts at line 11, column 9)")),
                Arguments.of("tab-indent.yaml", List.of("3:1: YAML syntax: a tab cannot be used for indentation; "
                        + "indent with spaces")),
                Arguments.of("duplicate-key.yaml", List.of("16:5: duplicate key 'kind' (first at line 12); "
                        + "a key may appear once in a mapping")),
                Arguments.of("anchors.yaml", List.of("11:5: anchors and aliases (&x, *x) are not allowed in level "
                        + "files; write the value out")),
                Arguments.of("tag.yaml", List.of("11:9: YAML tags (!!str, !x) are not allowed in level files; "
                        + "quote the value instead")),
                Arguments.of("two-documents.yaml", List.of("17:1: a level file holds one YAML document, but a "
                        + "second one starts here (after '---')")),
                Arguments.of("not-a-mapping.yaml", List.of("1:1: a level file must be a mapping of keys (id, title, "
                        + "concepts, lesson, program, questions), not a list")),
                Arguments.of("empty.yaml", List.of("0:0: the file has no content (only comments?)")),
                // the level format
                Arguments.of("unknown-key.yaml", List.of(
                        "1:1: missing required key 'questions' in the level",
                        "10:1: unknown key 'questoins' (did you mean 'questions'?)")),
                Arguments.of("unknown-question-key.yaml", List.of(
                        "12:11: question 'q1': 'refcount' questions need 'expr' (the Python expression asked about)",
                        "14:5: question 'q1': unknown key 'exprr' (did you mean 'expr'?)")),
                Arguments.of("key-in-wrong-place.yaml", List.of(
                        "10:1: unknown key 'expr' here ('expr' belongs in a question)")),
                Arguments.of("missing-title.yaml", List.of("1:1: missing required key 'title' in the level")),
                Arguments.of("missing-question-marker.yaml", List.of(
                        "11:5: question 'q1': missing required key 'marker' in a question")),
                Arguments.of("bad-level-id.yaml", List.of("1:5: level id 'Broken Example' must be lowercase words "
                        + "joined by '-' (like 'rebinding-ints')")),
                Arguments.of("unknown-concept.yaml", List.of(
                        "3:22: unknown concept 'weakrefs' (did you mean 'weakref'?)")),
                Arguments.of("program-not-literal.yaml", List.of("6:10: 'program' must be a literal block: write "
                        + "'program: |' and the Python code indented on the lines below it")),
                Arguments.of("unknown-kind.yaml", List.of(
                        "12:11: question 'q1': unknown kind 'refcnt' (did you mean 'refcount'?)")),
                Arguments.of("unknown-marker.yaml", List.of("13:13: question 'q1': marker '@after_del' is not in the "
                        + "program (markers: @start, @alias, @gone)")),
                Arguments.of("duplicate-question-id.yaml", List.of(
                        "16:9: duplicate question id 'q1' (first at line 11)")),
                Arguments.of("same-with-expr.yaml", List.of(
                        "12:11: question 'q1': 'same' questions need 'exprs: [a, b]' (the two expressions compared)",
                        "14:5: question 'q1': 'same' questions compare two expressions: use 'exprs: [a, b]', not 'expr'")),
                Arguments.of("exprs-not-two.yaml", List.of("14:12: question 'q1': 'exprs' must be a list of exactly "
                        + "two expressions, like [a, b]")),
                Arguments.of("output-timing-before.yaml", List.of("14:13: question 'q1': 'output' questions are "
                        + "about what happens while the line runs; 'timing: before' cannot apply (remove it)")),
                Arguments.of("bad-expect-form.yaml", List.of("15:13: question 'q1': expect must be a whole number "
                        + "(0 or more) for a 'refcount' question, not 'three'")),
                Arguments.of("bad-occurrence.yaml", List.of(
                        "15:17: question 'q1': 'occurrence' must be a whole number from 1 up, not '0'")),
                Arguments.of("duplicate-marker.yaml", List.of(
                        "8:21: marker '@start' is already on program line 1; each marker names one line")),
                Arguments.of("marker-without-code.yaml", List.of(
                        "8:5: marker '@start' is on a line without code; put it at the end of the line it is about")),
                // what the engine says
                Arguments.of("unsupported-statement.yaml", List.of(
                        "10:3: program line 4: not supported: 'with' statements")),
                Arguments.of("program-syntax-error.yaml", List.of(
                        "8:7: program line 2: syntax error: '(' was never closed")),
                Arguments.of("marker-not-on-statement.yaml", List.of("8:21: marker '@start' is on program line 2, "
                        + "which does not start a statement; the engine stops only where statements start "
                        + "(is it about line 1?)")),
                Arguments.of("expression-fails.yaml", List.of("15:11: question 'q1': expression 'a' fails just after "
                        + "line 3 (@gone): NameError: name 'a' is not defined")),
                Arguments.of("expression-invalid.yaml", List.of("14:11: question 'q1': expression 'a $ b' is not "
                        + "valid: syntax error: invalid syntax")),
                Arguments.of("expression-mutates.yaml", List.of("14:11: question 'q1': expression 'b.pop()' calls "
                        + "pop(), which would change the program it looks at; questions may only look")),
                Arguments.of("expect-mismatch.yaml", List.of(
                        "16:13: question 'q1': expect says 3 but the engine computes 2 (names a, b)")),
                Arguments.of("never-reached.yaml", List.of(
                        "13:13: question 'q1': the program never runs line 2 (@inside)")),
                Arguments.of("occurrence-too-high.yaml", List.of(
                        "14:17: question 'q1': line 3 (@loop) runs 2 times, but occurrence is 3")),
                Arguments.of("uncaught-exception.yaml", List.of("8:3: program line 2: uncaught exception IndexError: "
                        + "list index out of range; a level's program must run to its end")),
                Arguments.of("endless-loop.yaml", List.of("7:3: the program did not finish: it was stopped after "
                        + Checker.LIMITS.maxSteps() + " steps (an endless loop?)")),
                Arguments.of("choices-miss-answer.yaml", List.of(
                        "16:14: question 'q1': none of the choices is the engine's answer, 2")),
                Arguments.of("alive-not-weakref.yaml", List.of("15:11: question 'q1': expression 'b' is a list, "
                        + "not a weak reference; 'alive' asks about a weakref.ref")),
                // folders: a chapter.yaml, and ids across files
                Arguments.of("bad-chapter", List.of(
                        "1:1: missing required key 'title' in chapter.yaml",
                        "1:1: unknown key 'titel' (did you mean 'title'?)",
                        "2:8: 'order' must be a whole number from 1 up, not 'first'")),
                Arguments.of("dup-ids", List.of("1:5: duplicate level id 'broken-example' (also the id of "
                        + Fixtures.path("broken/dup-ids/01-first.yaml") + "); level ids must be unique in a pack")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void reportsExactlyItsProblems(String fixture, List<String> expected) {
        assertEquals(expected, Fixtures.problems(Fixtures.path("broken/" + fixture)));
    }

    @Test
    void everyBrokenFixtureIsCovered() {
        List<String> covered = fixtures().map(a -> (String) a.get()[0]).sorted().toList();
        List<String> onDisk = Stream.of(Fixtures.path("broken").toFile().list()).sorted().toList();
        assertEquals(onDisk, covered);
    }

    @Test
    void aFolderOfBrokenFilesReportsEveryProblemAtOnce() {
        Path folder = Fixtures.path("broken");
        Validator.Report r = new Validator().validate(List.of(folder));
        assertTrue(r.problems().size() >= fixtures().count(), r.summary());
        assertTrue(r.summary().matches("\\d+ problems in \\d+ files"), r.summary());
        assertEquals(r.problems().stream().sorted().toList(), r.problems(), "problems come in file:line order");
        for (Problem p : r.problems()) {
            String f = p.format();
            assertTrue(f.matches("(?s).+\\.yaml(:\\d+:\\d+)?: error: .+"), f);
        }
    }
}
