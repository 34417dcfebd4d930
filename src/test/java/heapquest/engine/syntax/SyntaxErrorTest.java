package heapquest.engine.syntax;

import static heapquest.engine.syntax.Trees.assertSyntaxError;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Syntax errors: CPython 3.11's messages at CPython's positions. Where CPython's own column is
 * an accident of its implementation, ours is the more useful one, and the comment says so.
 */
class SyntaxErrorTest {

    @Test
    void invalidSyntaxPointsAtTheOffendingToken() {
        assertSyntaxError("x = 5 5\n", 1, 7, "invalid syntax");
        assertSyntaxError("x = 1 +\n", 1, 8, "invalid syntax");
        assertSyntaxError("else:\n    pass\n", 1, 1, "invalid syntax");
        assertSyntaxError("if x: for y in z: pass\n", 1, 7, "invalid syntax");
        assertSyntaxError("x = $\n", 1, 5, "invalid syntax");
    }

    @Test
    void expectedColon() {
        assertSyntaxError("if x\n  pass\n", 1, 5, "expected ':'");
        assertSyntaxError("while x\n", 1, 8, "expected ':'");
        assertSyntaxError("for x in y\n", 1, 11, "expected ':'");
        assertSyntaxError("class A\n", 1, 8, "expected ':'");
        assertSyntaxError("try:\n a\nexcept\n", 3, 7, "expected ':'");
        // after def, try, else and finally the colon is required wherever it is missing
        assertSyntaxError("def f() pass\n", 1, 9, "expected ':'");
        assertSyntaxError("if x:\n a\nelse x:\n pass\n", 3, 6, "expected ':'");
        // elsewhere a stray token is just invalid syntax, as in CPython
        assertSyntaxError("if x y:\n pass\n", 1, 6, "invalid syntax");
    }

    @Test
    void unexpectedIndent() {
        // CPython reports the column of the last indenting character; we point at the statement
        assertSyntaxError("x = 1\n    y = 2\n", 2, 5, "unexpected indent");
        assertSyntaxError("  x = 1\n", 1, 3, "unexpected indent");
        assertSyntaxError("if x: pass\n  y\n", 2, 3, "unexpected indent");
    }

    @Test
    void expectedAnIndentedBlock() {
        assertSyntaxError("a\nb\nif x:\npass\n", 4, 1, "expected an indented block after 'if' statement on line 3");
        assertSyntaxError("if x:\n  a\nelif y:\nb\n", 4, 1, "expected an indented block after 'elif' statement on line 3");
        assertSyntaxError("if x:\n  a\nelse:\nb\n", 4, 1, "expected an indented block after 'else' statement on line 3");
        assertSyntaxError("while x:\nb\n", 2, 1, "expected an indented block after 'while' statement on line 1");
        assertSyntaxError("for a in b:\nb\n", 2, 1, "expected an indented block after 'for' statement on line 1");
        assertSyntaxError("def f():\nb\n", 2, 1, "expected an indented block after function definition on line 1");
        assertSyntaxError("class A:\nb\n", 2, 1, "expected an indented block after class definition on line 1");
        assertSyntaxError("try:\nb\n", 2, 1, "expected an indented block after 'try' statement on line 1");
        assertSyntaxError("try:\n a\nexcept E as e:\nb\n", 4, 1, "expected an indented block after 'except' statement on line 3");
        assertSyntaxError("try:\n a\nfinally:\nb\n", 4, 1, "expected an indented block after 'finally' statement on line 3");
        assertSyntaxError("def f():\n  if x:\n  # c\n\n  y\n", 5, 3, "expected an indented block after 'if' statement on line 2");
        // at the end of the file: right after the colon
        assertSyntaxError("if x:\n", 1, 6, "expected an indented block after 'if' statement on line 1");
        assertSyntaxError("if x:", 1, 6, "expected an indented block after 'if' statement on line 1");
    }

    @Test
    void unterminatedStrings() {
        assertSyntaxError("\n\n\nx = 'abc\ny = 1\n", 4, 5, "unterminated string literal (detected at line 4)");
        assertSyntaxError("x = f'abc\n", 1, 5, "unterminated string literal (detected at line 1)");
        assertSyntaxError("x = \"abc\\\n", 1, 5, "unterminated string literal (detected at line 1)");
        assertSyntaxError("x = '''abc\n\ny\n", 1, 5, "unterminated triple-quoted string literal (detected at line 3)");
    }

    @Test
    void bracketWasNeverClosed() {
        assertSyntaxError("x = (1,\n2\n", 1, 5, "'(' was never closed");
        assertSyntaxError("x = [1, (2\n", 1, 9, "'(' was never closed");
        assertSyntaxError("foo(", 1, 4, "'(' was never closed");
        // the parser fails on line 2, past the bracket's line: the bracket is the real cause
        assertSyntaxError("x = [1, 2\ny = 3\n", 1, 5, "'[' was never closed");
        assertSyntaxError("print('a'\nprint('b')\n", 1, 6, "'(' was never closed");
        // the parser fails on the bracket's own line: that error stands
        assertSyntaxError("def f(:\n", 1, 7, "invalid syntax");
    }

    @Test
    void mismatchedBrackets() {
        assertSyntaxError("x = (1]\n", 1, 7, "closing parenthesis ']' does not match opening parenthesis '('");
        assertSyntaxError("x = (1,\n2]\n", 2, 2, "closing parenthesis ']' does not match opening parenthesis '(' on line 1");
        assertSyntaxError("x = 1)\n", 1, 6, "unmatched ')'");
        assertSyntaxError("x = [1, 2, 3]]\n", 1, 14, "unmatched ']'");
    }

    @Test
    void unindentDoesNotMatch() {
        // CPython reports the end of the line; we point at the statement
        assertSyntaxError("if x:\n    a = 1\n   b = 2\n", 3, 4, "unindent does not match any outer indentation level");
        assertSyntaxError("for x in y:\n    pass\n  else:\n    pass\n", 3, 3, "unindent does not match any outer indentation level");
    }

    @Test
    void inconsistentTabsAndSpaces() {
        assertSyntaxError("if x:\n        pass\n\tpass\n", 3, 2, "inconsistent use of tabs and spaces in indentation");
        assertSyntaxError("if x:\n  \tb\n\tc\n", 3, 2, "inconsistent use of tabs and spaces in indentation");
    }

    @Test
    void cannotAssign() {
        assertSyntaxError("f() = 1\n", 1, 1, "cannot assign to function call here. Maybe you meant '==' instead of '='?");
        assertSyntaxError("a.b() = 1\n", 1, 1, "cannot assign to function call here. Maybe you meant '==' instead of '='?");
        assertSyntaxError("a, f() = 1, 2\n", 1, 4, "cannot assign to function call here. Maybe you meant '==' instead of '='?");
        assertSyntaxError("1 = x\n", 1, 1, "cannot assign to literal here. Maybe you meant '==' instead of '='?");
        assertSyntaxError("a + b = 1\n", 1, 1, "cannot assign to expression here. Maybe you meant '==' instead of '='?");
        assertSyntaxError("x = f() = 3\n", 1, 5, "cannot assign to function call");
        assertSyntaxError("[a, f()] = 1\n", 1, 5, "cannot assign to function call");
        assertSyntaxError("(f(), a) = 1\n", 1, 2, "cannot assign to function call");
        assertSyntaxError("for f() in x: pass\n", 1, 5, "cannot assign to function call");
        assertSyntaxError("[x for f() in y]\n", 1, 8, "cannot assign to function call");
        assertSyntaxError("True = 1\n", 1, 1, "cannot assign to True");
        assertSyntaxError("a = 1 = 2\n", 1, 5, "cannot assign to literal");
        assertSyntaxError("lambda x: x = 1\n", 1, 1, "cannot assign to lambda");
        assertSyntaxError("f(), a = 1\n", 1, 6, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    }

    @Test
    void assignmentInACondition() {
        assertSyntaxError("if x = 1: pass\n", 1, 4, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        assertSyntaxError("while x = 1: pass\n", 1, 7, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        assertSyntaxError("if x.y = 1: pass\n", 1, 4, "cannot assign to attribute here. Maybe you meant '==' instead of '='?");
        assertSyntaxError("f(x.y=1)\n", 1, 3, "expression cannot contain assignment, perhaps you meant \"==\"?");
    }

    @Test
    void augmentedAssignmentTargets() {
        assertSyntaxError("f() += 1\n", 1, 1, "'function call' is an illegal expression for augmented assignment");
        assertSyntaxError("a, b += 1\n", 1, 1, "'tuple' is an illegal expression for augmented assignment");
        assertSyntaxError("[a] += 1\n", 1, 1, "'list' is an illegal expression for augmented assignment");
    }

    @Test
    void cannotDelete() {
        assertSyntaxError("del f()\n", 1, 5, "cannot delete function call");
        assertSyntaxError("del 1\n", 1, 5, "cannot delete literal");
        assertSyntaxError("del *a\n", 1, 5, "cannot delete starred");
        assertSyntaxError("del (a, *b)\n", 1, 9, "cannot delete starred");
    }

    @Test
    void perhapsYouForgotAComma() {
        assertSyntaxError("print(a b)\n", 1, 7, "invalid syntax. Perhaps you forgot a comma?");
        assertSyntaxError("x = [\n1,\n2 3\n]\n", 3, 1, "invalid syntax. Perhaps you forgot a comma?");
        assertSyntaxError("f(x=1 y=2)\n", 1, 5, "invalid syntax. Perhaps you forgot a comma?");
        // only inside brackets, and not for a name followed by a string, as in CPython
        assertSyntaxError("x = a b\n", 1, 7, "invalid syntax");
        assertSyntaxError("f(a 'b')\n", 1, 5, "invalid syntax");
    }

    @Test
    void missingParenthesesInPrint() {
        assertSyntaxError("print 'hello'\n", 1, 1, "Missing parentheses in call to 'print'. Did you mean print(...)?");
        assertSyntaxError("print x\n", 1, 1, "Missing parentheses in call to 'print'. Did you mean print(...)?");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("moreMessages")
    void otherMessages(String source, int line, int col, String message) {
        assertSyntaxError(source, line, col, message);
    }

    static Stream<Arguments> moreMessages() {
        return Stream.of(
                arguments("x = 1 if 2\n", 1, 5, "expected 'else' after 'if' expression"),
                arguments("def f:\n pass\n", 1, 6, "expected '('"),
                arguments("try:\n    pass\nx = 1\n", 3, 1, "expected 'except' or 'finally' block"),
                arguments("try:\n    pass\n", 2, 9, "expected 'except' or 'finally' block"),
                arguments("x = {1: 2, 3}\n", 1, 12, "':' expected after dictionary key"),
                arguments("x = {1: }\n", 1, 7, "expression expected after dictionary key and ':'"),
                arguments("try:\n a\nexcept A, B:\n pass\n", 3, 8, "multiple exception types must be parenthesized"),
                arguments("def f(a=1, b): pass\n", 1, 12, "non-default argument follows default argument"),
                arguments("lambda a=1, b: 1\n", 1, 13, "non-default argument follows default argument"),
                arguments("def f(*): pass\n", 1, 7, "named arguments must follow bare *"),
                arguments("def f(*, **k): pass\n", 1, 7, "named arguments must follow bare *"),
                arguments("def f(**k, a): pass\n", 1, 12, "arguments cannot follow var-keyword argument"),
                arguments("def f(*a, *b): pass\n", 1, 11, "* argument may appear only once"),
                arguments("def f(*a=1): pass\n", 1, 9, "var-positional argument cannot have default value"),
                arguments("f(a=1, 2)\n", 1, 8, "positional argument follows keyword argument"),
                arguments("f(**a, b)\n", 1, 8, "positional argument follows keyword argument unpacking"),
                arguments("f(**k, *a)\n", 1, 8, "iterable argument unpacking follows keyword argument unpacking"),
                arguments("f(a for a in b, c)\n", 1, 3, "Generator expression must be parenthesized"),
                arguments("f(True=1)\n", 1, 3, "cannot assign to True"),
                arguments("[*a for a in b]\n", 1, 2, "iterable unpacking cannot be used in comprehension"),
                arguments("(*a)\n", 1, 2, "cannot use starred expression here"),
                arguments("from a import b,\n", 1, 17, "trailing comma not allowed without surrounding parentheses"),
                arguments("x = “a”\n", 1, 5, "invalid character '“' (U+201C)"),
                arguments("x = \u00a0\n", 1, 5, "invalid non-printable character U+00A0"),
                arguments("x = 1 \\ 2\n", 1, 8, "unexpected character after line continuation character"),
                arguments("x = 1 \\", 1, 8, "unexpected EOF while parsing"),
                arguments("x = 1__0\n", 1, 6, "invalid decimal literal"),
                arguments("x = 1a\n", 1, 5, "invalid decimal literal"),
                arguments("x = 0xg\n", 1, 6, "invalid hexadecimal literal"),
                arguments("x = 0b12\n", 1, 8, "invalid digit '2' in binary literal"),
                arguments("x = 0o8\n", 1, 7, "invalid digit '8' in octal literal"),
                arguments("x = 0777\n", 1, 5, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"),
                arguments("x = '\\x4'\n", 1, 6, "(unicode error) truncated \\xXX escape"),
                arguments("x = '\\U0011ffff'\n", 1, 6, "(unicode error) illegal Unicode character"));
    }

    /** Errors CPython's compiler finds after parsing: reported only if everything parses. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("compilerMessages")
    void errorsFoundAfterParsing(String source, int line, int col, String message) {
        assertSyntaxError(source, line, col, message);
    }

    static Stream<Arguments> compilerMessages() {
        return Stream.of(
                arguments("return\n", 1, 1, "'return' outside function"),
                arguments("class C:\n    def f(self):\n        return 1\n    return 2\n", 4, 5, "'return' outside function"),
                arguments("while x:\n  def g():\n    break\n", 3, 5, "'break' outside loop"),
                arguments("for x in y:\n  class A:\n    continue\n", 3, 5, "'continue' not properly in loop"),
                arguments("for x in y:\n    pass\nelse:\n    break\n", 4, 5, "'break' outside loop"),
                arguments("nonlocal x\n", 1, 1, "nonlocal declaration not allowed at module level"),
                arguments("def f(a, a): pass\n", 1, 10, "duplicate argument 'a' in function definition"),
                arguments("f(a=1, a=2)\n", 1, 8, "keyword argument repeated: a"),
                arguments("x = *a\n", 1, 5, "can't use starred expression here"),
                arguments("*a = 1\n", 1, 1, "starred assignment target must be in a list or tuple"),
                arguments("for *a in b: pass\n", 1, 5, "starred assignment target must be in a list or tuple"),
                arguments("a, *b, *c = 1\n", 1, 1, "multiple starred expressions in assignment"),
                arguments("try:\n a\nexcept:\n pass\nexcept A:\n pass\n", 3, 1, "default 'except:' must be last"));
    }

    @Test
    void errorsComeInCPythonsOrder() {
        // a parse error anywhere wins over an error CPython's compiler would find later
        assertSyntaxError("return 1\nx = 5 5\n", 2, 7, "invalid syntax");
        // a tokenizer error further down wins over a parse error (it is the likelier cause)
        assertSyntaxError("f() = 1\nx = 'abc\n", 2, 5, "unterminated string literal (detected at line 2)");
        assertSyntaxError("x = 5 5\ny = 'abc\n", 2, 5, "unterminated string literal (detected at line 2)");
        // a parse error before a bad string is reached... as long as nothing is unterminated
        assertSyntaxError("x = 5 5\ny = 'ok'\n", 1, 7, "invalid syntax");
    }

    @Test
    void cpythonsTokenizerLimits() {
        assertSyntaxError("x = " + "(".repeat(201) + "1" + ")".repeat(201) + "\n", 1, 205, "too many nested parentheses");
        Parser.parse("x = " + "(".repeat(200) + "1" + ")".repeat(200) + "\n");
        // 99 nested blocks are fine, the 100th is one too many
        Parser.parse(nestedIfs(99));
        assertSyntaxError(nestedIfs(100), 101, 401, "too many levels of indentation");
    }

    private static String nestedIfs(int levels) {
        StringBuilder src = new StringBuilder();
        for (int i = 0; i < levels; i++) {
            src.append("    ".repeat(i)).append("if x:\n");
        }
        return src + "    ".repeat(levels) + "pass\n";
    }

    @Test
    void continueInFinallyAndGlobalAtModuleLevelAreFine() {
        Parser.parse("while 1:\n    try:\n        pass\n    finally:\n        continue\n");
        Parser.parse("global x\nx = 1\n");
    }
}
