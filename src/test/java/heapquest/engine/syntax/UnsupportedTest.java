package heapquest.engine.syntax;

import static heapquest.engine.syntax.Trees.assertUnsupported;
import static heapquest.engine.syntax.Trees.error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Valid Python outside the subset: "not supported: ...", pointing at the construct. */
class UnsupportedTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("constructs")
    void reportedAsNotSupported(String source, int line, int col, String what) {
        assertUnsupported(source, line, col, what);
    }

    static Stream<Arguments> constructs() {
        return Stream.of(
                arguments("with open(f) as g:\n    pass\n", 1, 1, "'with' statements"),
                arguments("async def f():\n    pass\n", 1, 1, "'async def'"),
                arguments("async for x in y:\n    pass\n", 1, 1, "'async for'"),
                arguments("async with a:\n    pass\n", 1, 1, "'async with'"),
                arguments("def f():\n    await x\n", 2, 5, "'await'"),
                arguments("x = await y\n", 1, 5, "'await'"),
                arguments("def f():\n    yield x\n", 2, 5, "'yield' (generators)"),
                arguments("def f():\n    x = yield\n", 2, 9, "'yield' (generators)"),
                arguments("def f():\n    x = (yield)\n", 2, 10, "'yield' (generators)"),
                arguments("def f():\n    yield from g()\n", 2, 5, "'yield from'"),
                arguments("if (n := len(a)) > 10:\n    pass\n", 1, 7, "walrus operator ':='"),
                arguments("while chunk := f():\n    pass\n", 1, 13, "walrus operator ':='"),
                arguments("f(x := 1)\n", 1, 5, "walrus operator ':='"),
                arguments("match command:\n    case 1:\n        pass\n", 1, 1, "'match' statements"),
                arguments("match (x):\n    case _:\n        pass\n", 1, 1, "'match' statements"),
                arguments("x = b'bytes'\n", 1, 5, "bytes literals"),
                arguments("x = Rb'bytes'\n", 1, 5, "bytes literals"),
                arguments("x = 1 + 2j\n", 1, 9, "complex numbers"),
                arguments("x: int = 3\n", 1, 2, "type annotations"),
                arguments("x: int\n", 1, 2, "type annotations"),
                arguments("def f(a: int):\n    pass\n", 1, 8, "type annotations"),
                arguments("def f() -> int:\n    pass\n", 1, 9, "type annotations"),
                arguments("def f(a, /, b):\n    pass\n", 1, 10, "positional-only parameters '/'"),
                arguments("x = a @ b\n", 1, 7, "the '@' operator (matrix multiplication)"),
                arguments("a @= b\n", 1, 3, "the '@' operator (matrix multiplication)"),
                arguments("x = '\\N{DASH}'\n", 1, 6, "'\\N{...}' escapes (named Unicode characters)"),
                arguments("x = f'\\N{DASH}'\n", 1, 7, "'\\N{...}' escapes (named Unicode characters)"),
                arguments("try:\n    pass\nexcept* E:\n    pass\n", 3, 7, "'except*' (exception groups)"),
                arguments("from . import x\n", 1, 6, "relative imports"),
                arguments("from ..a import x\n", 1, 6, "relative imports"),
                arguments("from os import *\n", 1, 16, "'from ... import *'"),
                arguments("class A(metaclass=M):\n    pass\n", 1, 9, "keyword arguments in class definitions"),
                arguments("class A(*bases):\n    pass\n", 1, 9, "'*' unpacking in class bases"),
                arguments("x = {**a, 'b': 1}\n", 1, 6, "'**' unpacking in dict displays"),
                arguments("x = {'b': 1, **a}\n", 1, 14, "'**' unpacking in dict displays"),
                arguments("x = a[*b]\n", 1, 7, "star-expressions in subscripts"),
                arguments("x = [a async for a in b]\n", 1, 8, "'async for' in comprehensions"),
                arguments("x = f'{a=}'\n", 1, 9, "the '=' specifier in f-strings ({x=})"));
    }

    @Test
    void pathologicallyDeepExpressionsAreRefusedBeforeTheyOverflowTheStack() {
        String what = "expressions nested more than 1000 levels deep";
        assertUnsupported("x = " + "-".repeat(5000) + "1\n", 1, 1005, what);
        assertUnsupported("x = " + "not ".repeat(5000) + "1\n", 1, 4005, what);
        assertUnsupported("x = " + "lambda: ".repeat(5000) + "1\n", 1, 8005, what);
        // chains built in a loop are caught by the depth check after parsing
        assertEquals(SourceError.Kind.UNSUPPORTED, error("x = " + "1 + ".repeat(20000) + "1\n").kind());
        assertEquals(SourceError.Kind.UNSUPPORTED, error("x = f" + "()".repeat(5000) + "\n").kind());
        Parser.parse("x = " + "1 + ".repeat(900) + "1\n");
    }

    @Test
    void labelledNotSupportedInTheFormattedMessage() {
        SourceError e = error("with a:\n    pass\n");
        assertEquals("prog.py:1:1: not supported: 'with' statements", e.format("prog.py"));
    }
}
