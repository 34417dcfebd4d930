package heapquest.engine.syntax;

import static heapquest.engine.syntax.Trees.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Statement trees: assignments and targets, blocks, definitions, imports, exceptions. */
class StatementParserTest {

    @Test
    void assignmentsAndUnpackingTargets() {
        assertEquals("(Assign ((tuple a b)) (tuple b a))", tree("a, b = b, a\n"));
        assertEquals("(Assign ((tuple a (* rest))) xs)", tree("a, *rest = xs\n"));
        assertEquals("(Assign ((tuple (* init) last)) xs)", tree("*init, last = xs\n"));
        assertEquals("(Assign ((list a (tuple b c))) d)", tree("[a, (b, c)] = d\n"));
        assertEquals("(Assign ((tuple (tuple a b) c)) d)", tree("(a, b), c = d\n"));
        assertEquals("(Assign ((tuple x)) y)", tree("x, = y\n"));
        assertEquals("(Assign (x) y)", tree("(x) = y\n"));
        assertEquals("(Assign (a b c) 0)", tree("a = b = c = 0\n"));
        assertEquals("(Assign ((tuple a b) (tuple c d)) e)", tree("a, b = c, d = e\n"));
        assertEquals("(Assign ((tuple ([] a i) ([] a j))) (tuple ([] a j) ([] a i)))", tree("a[i], a[j] = a[j], a[i]\n"));
        assertEquals("(Assign ((. (. a b) c)) 1)", tree("a.b.c = 1\n"));
    }

    @Test
    void augmentedAssignmentWithEveryOperator() {
        String ops = "+ - * / // % ** << >> | ^ &";
        StringBuilder src = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        for (String op : ops.split(" ")) {
            src.append("x ").append(op).append("= 1\n");
            expected.append(expected.length() == 0 ? "" : "\n").append("(AugAssign x ").append(op).append("= 1)");
        }
        assertEquals(expected.toString(), tree(src.toString()));
        assertEquals("(AugAssign ([] (. x y) 0) += (tuple 1 2))", tree("x.y[0] += 1, 2\n"));
    }

    @Test
    void delPassBreakContinue() {
        assertEquals("(Del a ([] b 0) (. c d))", tree("del a, b[0], c.d\n"));
        assertEquals("(Del (tuple a b) (list c))", tree("del (a, b), [c]\n"));
        assertEquals("(Del x)", tree("del x,\n"));
        assertEquals("(While True (body (Pass) (Break) (Continue)))", tree("while True:\n    pass\n    break\n    continue\n"));
    }

    @Test
    void ifElifElseNestsElifAloneInOrelse() {
        assertEquals("(If a (body (Pass)) (else (If b (body (Expr x)) (else (If c (body (Expr y)) (else (Expr z)))))))",
                tree("if a:\n    pass\nelif b:\n    x\nelif c:\n    y\nelse:\n    z\n"));
    }

    @Test
    void loopsWithElse() {
        assertEquals("(For (tuple k v) (call (. d items)) (body (Expr (call print k v))) (else (Expr (call done))))",
                tree("for k, v in d.items():\n    print(k, v)\nelse:\n    done()\n"));
        assertEquals("(While (cmp n > 0) (body (AugAssign n -= 1)) (else (Expr (call print 'done'))))",
                tree("while n > 0:\n    n -= 1\nelse:\n    print('done')\n"));
        assertEquals("(For x (tuple (* a) (* b)) (body (Pass)))", tree("for x in *a, *b: pass\n"));
        assertEquals("(For (tuple a (* b)) c (body (Pass)))", tree("for a, *b in c: pass\n"));
        assertEquals("(For (list i j) x (body (Pass)))", tree("for [i, j] in x: pass\n"));
    }

    @Test
    void functionsWithEveryKindOfParameter() {
        assertEquals("(Def f (params a (b 1) *args c (d 2) **kw) (body (Return a)))",
                tree("def f(a, b=1, *args, c, d=2, **kw):\n    return a\n"));
        assertEquals("(Def f (params * a (b 2)) (body (Pass)))", tree("def f(*, a, b=2): pass\n"));
        assertEquals("(Def f (params) (body (Return)))", tree("def f(): return\n"));
        assertEquals("(Def f (params a) (body (Pass)))", tree("def f(a,): pass\n"));
        assertEquals("(Def f (params a (b (tuple 1 2)) * (c (dict))) (body (Pass)))", tree("def f(a, b=(1, 2), *, c={}): pass\n"));
        assertEquals("(Def f (params) (body (Pass)) (decorators dec (call dec2 1) (. a b)))",
                tree("@dec\n@dec2(1)\n@a.b\ndef f():\n    pass\n"));
    }

    @Test
    void nestedFunctionsWithNonlocal() {
        assertEquals("(Def outer (params) (body (Assign (count) 0)"
                        + " (Def inc (params (step 1)) (body (Nonlocal count) (AugAssign count += step) (Return count)))"
                        + " (Return inc)))",
                tree("def outer():\n    count = 0\n    def inc(step=1):\n        nonlocal count\n"
                        + "        count += step\n        return count\n    return inc\n"));
        assertEquals("(Global a b)", tree("global a, b\n"));
    }

    @Test
    void classesWithBasesDecoratorsAndMethods() {
        assertEquals("(Class Point (bases Base Mixin) (body (Assign (x) 0)"
                        + " (Def __init__ (params self x *args (scale 1) **kwargs) (body"
                        + " (Expr (call (. (call super) __init__) (* args) (** kwargs))) (Assign ((. self x)) (* x scale)))))"
                        + " (decorators dataclass (call register 'x')))",
                tree("@dataclass\n@register('x')\nclass Point(Base, Mixin):\n    x = 0\n"
                        + "    def __init__(self, x, *args, scale=1, **kwargs):\n"
                        + "        super().__init__(*args, **kwargs)\n        self.x = x * scale\n"));
        assertEquals("(Class A (bases) (body (Pass)))", tree("class A: pass\n"));
        assertEquals("(Class A (bases) (body (Pass)))", tree("class A():\n    pass\n"));
    }

    @Test
    void tryExceptElseFinally() {
        assertEquals("(Try (body (Expr (call risky)))"
                        + " (except (tuple ValueError TypeError) e (body (Expr (call handle e))))"
                        + " (except KeyError _ (body (Pass)))"
                        + " (except _ _ (body (Raise _ _)))"
                        + " (else (Expr (call ok))) (finally (Expr (call cleanup))))",
                tree("try:\n    risky()\nexcept (ValueError, TypeError) as e:\n    handle(e)\nexcept KeyError:\n    pass\n"
                        + "except:\n    raise\nelse:\n    ok()\nfinally:\n    cleanup()\n"));
        assertEquals("(Try (body (Pass)) (finally (Pass)))", tree("try:\n    pass\nfinally:\n    pass\n"));
    }

    @Test
    void raiseAndAssert() {
        assertEquals("(Raise _ _)\n(Raise X _)\n(Raise (call ValueError 'bad') err)\n(Raise X None)",
                tree("raise\nraise X\nraise ValueError('bad') from err\nraise X from None\n"));
        assertEquals("(Assert (cmp x > 0) 'x must be positive')\n(Assert x _)",
                tree("assert x > 0, 'x must be positive'\nassert x\n"));
    }

    @Test
    void imports() {
        assertEquals("(Import a (as b c) d.e.f (as g.h i))", tree("import a, b as c, d.e.f, g.h as i\n"));
        assertEquals("(ImportFrom x a (as b c))", tree("from x import a, b as c\n"));
        assertEquals("(ImportFrom x.y a (as b c))", tree("from x.y import (a,\n    b as c,\n)\n"));
        Stmt.Import im = (Stmt.Import) Parser.parse("import os.path as p\n").body().get(0);
        assertEquals(new Stmt.Alias(new Pos(1, 8), "os.path", "p"), im.names().get(0));
    }

    @Test
    void expressionStatementsAndDocstrings() {
        assertEquals("(Expr (call print 'hi'))\n(Expr ...)\n(Expr 'doc')", tree("print('hi')\n...\n'''doc'''\n"));
    }

    @Test
    void softKeywordMatchStaysAName() {
        assertEquals("(Assign (match) 3)\n(Expr (call match x))\n(Assign ((. match x)) 1)",
                tree("match = 3\nmatch(x)\nmatch.x = 1\n"));
    }

    @Test
    void semicolonsAndOneLineBodiesMakeSeparateStatements() {
        assertEquals("(Assign (a) 1)\n(Assign (b) 2)\n(Assign (c) 3)", tree("a = 1; b = 2; c = 3;\n"));
        assertEquals("(If x (body (Assign (y) 1) (Assign (z) 2)) (else (Pass)))", tree("if x: y = 1; z = 2\nelse: pass\n"));
        assertEquals("(For i (call range 3) (body (Expr (call print i))))", tree("for i in range(3): print(i)\n"));
        assertEquals("(Class A (bases) (body (Pass) (Pass)))", tree("class A: pass; pass\n"));
    }

    @Test
    void indentationWithTabsBlankLinesAndComments() {
        assertEquals("(If a (body (If b (body (Assign (x) 1))) (Assign (y) 2)))", tree("if a:\n\tif b:\n\t\tx = 1\n\ty = 2\n"));
        assertEquals("(If x (body (Assign (a) 1) (Assign (b) 2)))\n(Assign (c) 3)",
                tree("if x:\n\n    # comment\n    a = 1\n\n        # deeper comment\n    b = 2\n# c\n\nc = 3\n"));
        assertEquals("(If a (body (If b (body (Expr c))) (Expr d)))\n(Expr e)", tree("if a:\n  if b:\n    c\n  d\ne\n"));
        // a tab counts to the next multiple of 8: eight spaces and one tab are the same level
        assertEquals("(If x (body (Expr a) (Expr b)))", tree("if x:\n        a\n        b\n"));
        assertEquals("(Def f (params) (body (Return 1)))", tree("def f():\n\n    # a comment\n\n    return 1\n"));
    }

    @Test
    void lineContinuations() {
        assertEquals("(Assign (x) (+ 1 2))\n(Assign (y) (list 3 4))\n(Assign (z) (+ 1 2))",
                tree("x = (1 +\n     2)\ny = [\n    3,  # three\n  4,\n]\nz = 1 + \\\n    2\n"));
        assertEquals("(If (and a b) (body (Pass)))", tree("if (a and\n        b):\n    pass\n"));
        assertEquals("(Def f (params a b) (body (Pass)))", tree("def f(\n    a,\n    b,\n):\n    pass\n"));
    }

    @Test
    void endOfFileWithoutNewlineAndEmptyPrograms() {
        assertEquals("(If x (body (Pass)))", tree("if x:\n    pass"));
        assertEquals("(Assign (x) 1)", tree("x = 1  # comment"));
        assertEquals("", tree(""));
        assertEquals("", tree("\n\n# only a comment\n"));
    }

    @Test
    void windowsLineEndingsAndSourceLines() {
        Module m = Parser.parse("x = 1\r\nif x:\r\n    y = 2\r\n");
        assertEquals("(Assign (x) 1)\n(If x (body (Assign (y) 2)))", AstPrinter.print(m));
        assertEquals(List.of("x = 1", "if x:", "    y = 2"), m.lines());
        assertEquals(List.of("a", "", "b"), Parser.parse("a\n\nb").lines());
    }
}
