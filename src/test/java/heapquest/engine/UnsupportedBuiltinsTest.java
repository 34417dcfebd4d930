package heapquest.engine;

import heapquest.engine.syntax.SourceError;
import heapquest.engine.trace.Trace;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** CPython builtins the engine lacks, and built-in base classes, are refused as "not supported". */
class UnsupportedBuiltinsTest {

    private static Trace run(String src) {
        return Engine.run(src, Limits.DEFAULT, List.of());
    }

    private static String refusal(String src) {
        return assertThrows(SourceError.class, () -> run(src)).format("prog.py");
    }

    @Test
    void aMissingBuiltinIsRefusedBeforeRunningAtItsFirstLoad() {
        assertEquals("prog.py:2:12: not supported: the built-in 'map'",
                refusal("nums = [1, 2]\nprint(list(map(str, nums)))\nprint(filter)\n"));
    }

    @Test
    void missingBuiltinsInsideFunctionsAreFoundToo() {
        assertEquals("prog.py:2:12: not supported: the built-in 'getattr'",
                refusal("def f(o):\n    return getattr(o, 'x')\n"));
        assertEquals("prog.py:1:7: not supported: the built-in 'globals'", refusal("print(globals())\n"));
    }

    @Test
    void aNameTheProgramBindsItselfIsTheProgramsNotTheBuiltin() {
        Trace t = run("def map(f, xs):\n    return xs\nprint(map(1, [2]))\n");
        assertEquals("[2]\n", t.output());
    }

    @Test
    void implementedBuiltinsAndExceptionsStillRun() {
        Trace t = run("""
                for i, x in enumerate(zip([1], [2])):
                    print(i, x, len(x))
                try:
                    raise KeyError("k")
                except LookupError as e:
                    print(repr(e))
                """);
        assertEquals("0 (1, 2) 2\nKeyError('k')\n", t.output());
    }

    @Test
    void subclassingABuiltInTypeIsRefusedAtTheBase() {
        assertEquals("prog.py:2:9: not supported: subclassing the built-in type 'list'",
                refusal("x = 1\nclass N(list):\n    pass\nn = N([1])\n"));
    }

    @Test
    void basesOutsideTheSubsetAreRefusedBeforeAnythingRuns() {
        // Were they found only when the class line runs, the endless loop would hit the step limit first.
        assertEquals("prog.py:5:1: not supported: multiple inheritance",
                refusal("while True:\n    pass\nclass A:\n    pass\nclass C(A, object):\n    pass\n"));
        assertEquals("prog.py:3:9: not supported: subclassing the built-in type 'dict'",
                refusal("while True:\n    pass\nclass D(dict):\n    pass\n"));
        assertEquals("", run("list = object\nclass N(list):\n    pass\n").output(), "a base the program binds itself is its own");
    }

    @Test
    void subclassingObjectAndExceptionsStillWorks() {
        Trace t = run("""
                class A(object):
                    pass
                class Oops(ValueError):
                    pass
                try:
                    raise Oops("no")
                except ValueError as e:
                    print(type(e).__name__, e)
                """);
        assertEquals("Oops no\n", t.output());
    }
}
