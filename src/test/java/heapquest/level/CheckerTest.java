package heapquest.level;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The checker's answers for each kind of question, computed from real engine runs. */
class CheckerTest {

    /** A level with the given program (lines) and questions (YAML list items, unindented). */
    static String level(String program, String questions) {
        StringBuilder b = new StringBuilder("""
                id: t
                title: T
                concepts: [refcount]
                lesson: |
                  T.
                program: |
                """);
        program.lines().forEach(l -> b.append("  ").append(l).append('\n'));
        b.append("questions:\n");
        questions.lines().forEach(l -> b.append("  ").append(l).append('\n'));
        return b.toString();
    }

    static Level load(String yaml) {
        LevelLoader.Loaded l = LevelLoader.parse(yaml.getBytes(StandardCharsets.UTF_8), "t.yaml", "");
        assertEquals(List.of(), l.problems());
        return l.level();
    }

    static Solution solve(String program, String questions) {
        Solution s = new Checker().solve(load(level(program, questions)));
        assertEquals(List.of(), s.problems());
        return s;
    }

    static Solved only(Solution s) {
        assertEquals(1, s.solved().size());
        return s.solved().get(0);
    }

    @Test
    void outputIncludesWhatCalledFunctionsPrintAndStopsAtTheNextLine() {
        Solution s = solve("""
                def greet(n):
                    print("hi", n)
                    print("bye")
                greet(1)   # @call
                print("after")
                """, """
                - id: q
                  kind: output
                  marker: call
                  choices: auto
                """);
        Solved q = only(s);
        assertEquals("hi 1\nbye", q.answer().display());
        assertTrue(q.check("hi 1\nbye\n"));
        assertEquals("printed by line 2 (in greet), line 3 (in greet)", q.why());
        assertTrue(q.choices().contains("hi 1\nbye"));
        assertTrue(q.choices().contains("after"));
    }

    @Test
    void freedNamesContainedObjectsByTheirPath() {
        Solution s = solve("""
                class A:
                    pass
                keep = A()
                lst = [A(), A(), keep]
                lst = None   # @drop
                """, """
                - id: q
                  kind: freed
                  marker: drop
                  choices: auto
                """);
        Solved q = only(s);
        assertEquals(3, ((Answer.Objects) q.answer()).objects().size());
        assertTrue(q.check("lst, lst[0], lst[1]"));
        assertTrue(q.check("lst[1], lst, lst[0]"));
        assertFalse(q.check("lst"));
        assertFalse(q.check("lst, lst[0], lst[1], keep"));
        assertTrue(q.choices().containsAll(List.of("keep", "lst", "lst[0]", "lst[1]")), q.choices().toString());
        assertTrue(q.why().contains("lst: its last reference (name lst) was dropped"), q.why());
    }

    @Test
    void garbageIsNamedByTheNamesItOnceHadAndPickableBySerial() {
        Solution s = solve("""
                import gc
                gc.disable()
                a = [[]]
                a[0].append(a)
                def make():
                    x = {}
                    y = {"x": x}
                    x["y"] = y
                make()
                del a             # @del
                n = gc.collect()  # @gc
                """, """
                - id: q
                  kind: freed
                  marker: gc
                  choices: auto
                  expect: [was a, "list (was a)[0]", x, y]
                """);
        Solved q = only(s);
        Answer.Objects objects = (Answer.Objects) q.answer();
        assertEquals("list (was a), list (was a)[0], dict (was x), dict (was y)", objects.display());
        java.util.Set<Integer> serials = new java.util.HashSet<>();
        objects.objects().forEach(o -> serials.add(o.serial()));
        assertTrue(objects.acceptsObjects(serials));
        serials.remove(serials.iterator().next());
        assertFalse(objects.acceptsObjects(serials));
        assertEquals(List.of("dict (was x)", "dict (was y)", "list (was a)", "list (was a)[0]", "make"), q.choices(),
                "interpreter objects (a class's registration, code, modules) are not offered");
    }

    @Test
    void aReturnLineEndsWhereTheCallerTakesOver() {
        Solution s = solve("""
                class C:
                    pass
                def f():
                    y = [1]
                    return 5        # @ret
                r = C()
                r = f()             # @call
                def g():
                    return 7        # @g
                def h(d):
                    d.clear()
                box = {"a": [1]}
                print(g())
                h(box)              # @h
                """, """
                - id: ret
                  kind: freed
                  marker: ret
                  expect: ["y (in f)"]
                - id: call
                  kind: freed
                  marker: call
                  expect: [r]
                - id: g
                  kind: output
                  marker: g
                  expect: ""
                - id: h
                  kind: freed
                  marker: h
                  expect: ["box['a']"]
                """);
        assertEquals("y (in f): its last reference (name y) was dropped", s.question("ret").orElseThrow().why());
        assertEquals("r: its last reference (name r) was dropped (also 1 temporary the line created and dropped)",
                s.question("call").orElseThrow().why());
        assertEquals("box['a']: its last reference (slot ['a']) was dropped at line 11 (in h)",
                s.question("h").orElseThrow().why());
    }

    @Test
    void afterTheLastLineIsBeforeTheInterpretersCleanUp() {
        Solution s = solve("""
                a = [1, 2]
                b = a       # @last
                """, """
                - id: q
                  kind: refcount
                  marker: last
                  timing: after
                  expr: a
                  expect: 2
                - id: r
                  kind: freed
                  marker: last
                  expect: nothing
                """);
        assertEquals("2", s.question("q").orElseThrow().answer().display());
    }

    @Test
    void idChangesAcrossALineAndFreedBlocksAreReused() {
        Solution s = solve("""
                class C:
                    pass
                x = C()
                x = C()   # @second
                x = C()   # @third
                """, """
                - id: second
                  kind: id
                  changes: true
                  marker: second
                - id: third-id
                  kind: id
                  marker: third
                  timing: after
                  expr: x
                  format: decimal
                  choices: auto
                """.replace("marker: second\n", "marker: second\n  expr: x\n"));
        Solved second = s.question("second").orElseThrow();
        assertEquals("yes", second.answer().display());
        Solved third = s.question("third-id").orElseThrow();
        Answer.Address a = (Answer.Address) third.answer();
        assertEquals(Long.toString(a.address()), a.display());
        assertTrue(third.check("0x" + Long.toHexString(a.address())), "hex accepted for a decimal question");
        assertTrue(third.why().contains("allocated at line 5, in the block freed at line 4"), third.why());
        assertTrue(third.choices().contains(a.display()));
    }

    @Test
    void occurrencePicksOneExecutionOfALoopLine() {
        Solution s = solve("""
                total = 0
                for i in range(4):
                    total = total + i   # @add
                """, """
                - id: q3
                  kind: value
                  marker: add
                  timing: after
                  occurrence: 3
                  expr: total
                  choices: auto
                - id: q1
                  kind: value
                  marker: add
                  expr: total
                """);
        Solved q3 = s.question("q3").orElseThrow();
        assertEquals("3", q3.answer().display());
        assertTrue(q3.choices().contains("1"), "the value before the line is offered: " + q3.choices());
        assertEquals("0", s.question("q1").orElseThrow().answer().display());
    }

    @Test
    void listedChoicesMustHaveExactlyOneRightAnswer() {
        Level l = load(level("a = [1]\nb = a   # @m\n", """
                - id: q
                  kind: same
                  marker: m
                  timing: after
                  exprs: [a, b]
                  choices: ["yes", "true", "no"]
                """));
        Solution s = new Checker().solve(l);
        assertEquals(List.of("t.yaml:15:14: error: question 'q': choices 'yes' and 'true' both match the answer yes; "
                + "keep one"), s.problems().stream().map(Problem::format).toList());
    }

    @Test
    void freedChoicesMustNameObjectsThatExist() {
        Level l = load(level("a = [1]\nb = a\na = None  # @m\n", """
                - id: q
                  kind: freed
                  marker: m
                  choices: [a, c]
                """));
        Solution s = new Checker().solve(l);
        assertEquals(List.of("t.yaml:14:14: error: question 'q': choice 'c' names no object that exists just before "
                + "line 3 (@m) (objects: a)"), s.problems().stream().map(Problem::format).toList());
    }

    @Test
    void aProgramErrorIsReportedAtItsLineInTheFileWithAnExplicitIndentation() {
        String yaml = """
                id: t
                title: T
                concepts: [refcount]
                lesson: T.
                program: |4
                    a = 1      # @m
                    b = a $ 2
                questions:
                  - id: q
                    kind: refcount
                    marker: m
                    expr: a
                """;
        Solution s = new Checker().solve(load(yaml));
        assertEquals(List.of("t.yaml:7:11: error: program line 2: syntax error: invalid syntax"),
                s.problems().stream().map(Problem::format).toList());
    }

    @Test
    void aliveExplainsWhoHoldsTheObjectOrWhereItDied() {
        Solution s = solve("""
                import weakref
                class C:
                    pass
                c = C()
                w = weakref.ref(c)   # @made
                c = None             # @gone
                """, """
                - id: alive
                  kind: alive
                  marker: gone
                  expr: w
                  expect: yes
                - id: dead
                  kind: alive
                  marker: gone
                  timing: after
                  expr: w
                  expect: no
                """);
        assertEquals("it refers to c, held by name c; 1 weak reference (not counted)",
                s.question("alive").orElseThrow().why());
        assertEquals("its C object (was c) was freed at line 6: its last reference (name c) was dropped at line 6",
                s.question("dead").orElseThrow().why());
    }

    private static final String LOCALS = """
            def f(x):
                y = x      # @inside
                return y
            box = [0]
            f(box)
            """;

    @Test
    void refcountsCountReferencesFromFunctionFrames() {
        // CPython 3.11 prints 3 for sys.getrefcount(x) - 1 at that point: box, x and y.
        Solved q = only(solve(LOCALS, """
                - id: q
                  kind: refcount
                  marker: inside
                  timing: after
                  expr: x
                  expect: 3
                """));
        assertEquals("3", q.answer().display());
        assertTrue(q.why().startsWith("names box, "), q.why());
        assertTrue(q.why().contains("y (in f)"), q.why());
    }

    @Test
    void theWhyListsParametersAsNames() {
        Solved q = only(solve(LOCALS, """
                - id: q
                  kind: refcount
                  marker: inside
                  timing: after
                  expr: x
                """));
        assertEquals("names box, x (in f), y (in f)", q.why());
    }

    @Test
    void checkingNeverThrowsOnAnEngineFailureOrTimeout() {
        Level l = load(level("x = 1   # @m\nwhile True:\n    x = x + 1\n", """
                - id: q
                  kind: value
                  marker: m
                  expr: x
                """));
        Solution s = new Checker(Checker.LIMITS.withMaxSteps(1000), 10_000).solve(l);
        assertEquals(List.of("t.yaml:7:3: error: the program did not finish: it was stopped after 1000 steps "
                + "(an endless loop?)"), s.problems().stream().map(Problem::format).toList());
    }
}
