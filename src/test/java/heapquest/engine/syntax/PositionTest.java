package heapquest.engine.syntax;

import static heapquest.engine.syntax.Trees.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Node positions: 1-based lines and columns, as CPython's ast (col_offset + 1). Composite
 * expressions start where their first token starts, so a parenthesised left operand moves the
 * BinOp to the '('; a parenthesised tuple starts at its '(', a bare one at its first element.
 */
class PositionTest {

    @Test
    void semicolonSeparatedStatementsHaveTheirOwnPositions() {
        assertEquals("(Assign@1:1 (a@1:1) 1@1:5)\n(Assign@1:8 (b@1:8) 2@1:12)\n(Assign@1:16 (c@1:16) 3@1:20)",
                positions("a = 1; b = 2;  c = 3\n"));
    }

    @Test
    void oneLineBodiesHaveTheirOwnPositions() {
        assertEquals("(If@1:1 x@1:4 (body (Assign@1:7 (y@1:7) 1@1:11) (Assign@1:14 (z@1:14) 2@1:18)))",
                positions("if x: y = 1; z = 2\n"));
        assertEquals("(While@1:1 x@1:7 (body (Pass@1:10)))", positions("while x: pass\n"));
    }

    @Test
    void operatorsStartAtTheirFirstToken() {
        assertEquals("(Expr@1:1 (*@1:1 (+@1:2 a@1:2 b@1:6) c@1:11))", positions("(a + b) * c\n"));
        assertEquals("(Expr@1:1 ([]@1:1 (call@1:1 (.@1:1 a@1:2 b) c@1:7) d@1:10))", positions("(a).b(c)[d]\n"));
        assertEquals("(Assign@1:1 (x@1:1) (not@1:5 (-@1:9 a@1:10)))", positions("x = not -a\n"));
        assertEquals("(Expr@1:1 (and@1:1 a@1:1 (cmp@1:7 b@1:7 < c@1:11)))", positions("a and b < c\n"));
        assertEquals("(Assign@1:1 (x@1:1) (ifexp@1:5 b@1:10 a@1:5 c@1:17))", positions("x = a if b else c\n"));
        assertEquals("(Assign@1:1 (x@1:1) (lambda@1:5 (params) 0@1:13))", positions("x = lambda: 0\n"));
    }

    @Test
    void tuplesAndDisplays() {
        assertEquals("(Assign@1:1 ((tuple@1:1 a@1:1 b@1:4)) (tuple@1:8 c@1:9 d@1:12))", positions("a, b = (c, d)\n"));
        assertEquals("(Assign@1:1 (x@1:1) (dict@1:5 (1@1:6 2@1:9)))", positions("x = {1: 2}\n"));
        assertEquals("(Assign@1:1 (x@1:1) (list@1:5 (*@1:6 a@1:7)))", positions("x = [*a]\n"));
    }

    @Test
    void bareGeneratorArgumentStartsAtTheCallParenthesis() {
        assertEquals("(Expr@1:1 (call@1:1 sum@1:1 (genexp@1:4 x@1:5 (for@1:7 x@1:11 y@1:16))))",
                positions("sum(x for x in y)\n"));
        assertEquals("(Expr@1:1 (listcomp@1:1 x@1:2 (for@1:4 x@1:8 y@1:13 (if z@1:18))))",
                positions("[x for x in y if z]\n"));
    }

    @Test
    void slicesStartAtTheirLowerBoundOrColon() {
        assertEquals("(Expr@1:1 ([]@1:1 x@1:1 (tuple@1:3 (slice@1:3 1@1:3 2@1:5 _) (slice@1:8 _ _ 3@1:10))))",
                positions("x[1:2, ::3]\n"));
    }

    @Test
    void definitionsStartAtTheirKeywordNotTheirDecorators() {
        assertEquals("(Def@2:1 f (params *args@2:8 (b@2:14 1@2:16) **kw@2:21) (body (Pass@3:5)) (decorators dec@1:2))",
                positions("@dec\ndef f(*args, b=1, **kw):\n    pass\n"));
    }

    @Test
    void elifIsAnIfAtTheElifKeyword() {
        assertEquals("(If@1:1 a@1:4 (body (Pass@2:5)) (else (If@3:1 b@3:6 (body (Pass@4:5)))))",
                positions("if a:\n    pass\nelif b:\n    pass\n"));
    }

    @Test
    void handlersAndAliases() {
        assertEquals("(Try@1:1 (body (Pass@2:5)) (except@3:1 E@3:8 e (body (Pass@4:5))))",
                positions("try:\n    pass\nexcept E as e:\n    pass\n"));
        assertEquals("(Import@1:1 (as@1:8 a.b c))\n(ImportFrom@2:1 d (as@2:15 e _))",
                positions("import a.b as c\nfrom d import e\n"));
        assertEquals("(Expr@1:1 (call@1:1 f@1:1 (kw@1:3 a 1@1:5) (**@1:8 k@1:10)))", positions("f(a=1, **k)\n"));
    }

    @Test
    void tabsAreOneColumn() {
        assertEquals("(Def@1:1 f (params) (body (If@2:2 x@2:5 (body (Return@3:3 1@3:10))) (Return@4:2 2@4:9)))",
                positions("def f():\n\tif x:\n\t\treturn 1\n\treturn 2\n"));
    }

    @Test
    void columnsCountCharactersNotBytes() {
        assertEquals("(Assign@1:1 (x@1:1) '😀'@1:5)\n(Assign@1:10 (y@1:10) (f@1:14 (fv@1:16 é@1:17 _)))",
                positions("x = '😀'; y = f'{é}'\n"));
    }

    @Test
    void fStringPartsHaveTruePositions() {
        assertEquals("(Assign@1:1 (x@1:1) (f@1:5 'a'@1:7 (fv@1:8 b@1:9 !r (f@1:13 '>'@1:13 (fv@1:14 w@1:15 _)))))",
                positions("x = f'a{b!r:>{w}}'\n"));
        assertEquals("(Assign@1:1 (x@1:1) (f@1:5 '\\n'@1:9 (fv@2:1 a@3:3 _)))", positions("x = f'''\n{\n  a\n}'''\n"));
        assertEquals("(Assign@1:1 (x@1:1) (f@1:5 'x'@1:6 (fv@1:11 y@1:12 _)))", positions("x = 'x' f'{y}'\n"));
    }
}
