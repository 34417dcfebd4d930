package heapquest.engine.syntax;

import heapquest.engine.syntax.Expr.*;
import heapquest.engine.syntax.Stmt.*;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The parser: trees and positions for the subset, and errors that say where and what. */
class ParserTest {

    private static Expr expr(String src) {
        Stmt s = Parser.parse(src + "\n").body().get(0);
        return ((ExprStmt) s).value();
    }

    /** A compact S-expression of a tree, so tests read like the code they parse. */
    private static String sexp(Expr e) {
        if (e instanceof Constant c) {
            return c.value() instanceof String s ? "'" + s + "'" : String.valueOf(c.value());
        }
        if (e instanceof Name n) {
            return n.id();
        }
        if (e instanceof BinOp b) {
            return "(" + b.op().symbol + " " + sexp(b.left()) + " " + sexp(b.right()) + ")";
        }
        if (e instanceof UnaryOp u) {
            return "(" + u.op().symbol + " " + sexp(u.operand()) + ")";
        }
        if (e instanceof BoolOp b) {
            StringBuilder s = new StringBuilder("(" + (b.isAnd() ? "and" : "or"));
            b.values().forEach(v -> s.append(' ').append(sexp(v)));
            return s + ")";
        }
        if (e instanceof Compare c) {
            StringBuilder s = new StringBuilder("(cmp " + sexp(c.left()));
            for (int i = 0; i < c.ops().size(); i++) {
                s.append(' ').append(c.ops().get(i).symbol).append(' ').append(sexp(c.comparators().get(i)));
            }
            return s + ")";
        }
        if (e instanceof Call c) {
            StringBuilder s = new StringBuilder("(call " + sexp(c.func()));
            c.args().forEach(a -> s.append(' ').append(sexp(a)));
            c.keywords().forEach(k -> s.append(' ').append(k.name()).append('=').append(sexp(k.value())));
            return s + ")";
        }
        if (e instanceof Attribute a) {
            return "(. " + sexp(a.value()) + " " + a.attr() + ")";
        }
        if (e instanceof Subscript s) {
            return "([] " + sexp(s.value()) + " " + sexp(s.index()) + ")";
        }
        if (e instanceof Slice s) {
            return "(: " + (s.lower() == null ? "_" : sexp(s.lower())) + " " + (s.upper() == null ? "_" : sexp(s.upper()))
                    + " " + (s.step() == null ? "_" : sexp(s.step())) + ")";
        }
        if (e instanceof TupleExpr t) {
            return "(tuple" + join(t.elts()) + ")";
        }
        if (e instanceof ListExpr l) {
            return "(list" + join(l.elts()) + ")";
        }
        if (e instanceof Starred s) {
            return "(* " + sexp(s.value()) + ")";
        }
        if (e instanceof IfExp i) {
            return "(if " + sexp(i.test()) + " " + sexp(i.body()) + " " + sexp(i.orelse()) + ")";
        }
        if (e instanceof Lambda l) {
            return "(lambda " + l.params().positional().size() + " " + sexp(l.body()) + ")";
        }
        if (e instanceof ListComp c) {
            return "(listcomp " + sexp(c.elt()) + " for " + sexp(c.generators().get(0).target()) + " in "
                    + sexp(c.generators().get(0).iter()) + join(c.generators().get(0).ifs()) + ")";
        }
        if (e instanceof FString f) {
            StringBuilder s = new StringBuilder("(f");
            for (Expr p : f.parts()) {
                if (p instanceof FormattedValue fv) {
                    s.append(" {").append(sexp(fv.value()));
                    if (fv.conversion() != 0) {
                        s.append('!').append(fv.conversion());
                    }
                    if (fv.spec() != null) {
                        s.append(':').append(sexp(fv.spec()));
                    }
                    s.append('}');
                } else {
                    s.append(' ').append(sexp(p));
                }
            }
            return s + ")";
        }
        return e.getClass().getSimpleName();
    }

    private static String join(List<Expr> es) {
        StringBuilder s = new StringBuilder();
        es.forEach(x -> s.append(' ').append(sexp(x)));
        return s.toString();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', quoteCharacter = '`', value = {
        "1 + 2 * 3#(+ 1 (* 2 3))",
        "-2 ** 2#(- (** 2 2))",
        "2 ** 3 ** 2#(** 2 (** 3 2))",
        "a and b or not c#(or (and a b) (not c))",
        "a < b <= c#(cmp a < b <= c)",
        "x is not None#(cmp x is not NONE)",
        "k not in d#(cmp k not in d)",
        "f(1, b=2).g[0]#([] (. (call f 1 b=2) g) 0)",
        "xs[1:]#([] xs (: 1 _ _))",
        "xs[::-1]#([] xs (: _ _ (- 1)))",
        "a if c else b#(if c a b)",
        "lambda v: v * v#(lambda 1 (* v v))",
        "[i for i in r if i]#(listcomp i for i in r i)",
        "(1,)#(tuple 1)",
        "()#(tuple)",
        "[*a, b]#(list (* a) b)",
        "7 // -2 % 3#(% (// 7 (- 2)) 3)",
        "a | b ^ c & d << 1#(| a (^ b (& c (<< d 1))))"})
    void expressions(String src, String tree) {
        assertEquals(tree, sexp(expr(src)));
    }

    @Test
    void fStringsHaveFieldsConversionsAndSpecs() {
        assertEquals("(f 'id: ' {(call hex (call id x))} ' ' {x!r} {v:(f '>8')})", sexp(expr("f'id: {hex(id(x))} {x!r}{v:>8}'")));
        assertEquals("(f '{' {a} '}')", sexp(expr("f'{{{a}}}'")));
        assertEquals("'ab'", sexp(expr("'a' 'b'")));
    }

    @Test
    void statementsCarryTheirOwnPositions() {
        Module m = Parser.parse("a = 1; b = 2\nif a: c = 3\n");
        assertEquals(3, m.body().size());
        assertEquals(new Pos(1, 1), m.body().get(0).pos());
        assertEquals(new Pos(1, 8), m.body().get(1).pos());
        If i = (If) m.body().get(2);
        assertEquals(new Pos(2, 1), i.pos());
        assertEquals(new Pos(2, 7), i.body().get(0).pos());
    }

    @Test
    void chainedAssignmentAndUnpacking() {
        Assign a = (Assign) Parser.parse("a = b = x\n").body().get(0);
        assertEquals(2, a.targets().size());
        Assign swap = (Assign) Parser.parse("a, b = b, a\n").body().get(0);
        assertEquals("(tuple a b)", sexp(swap.targets().get(0)));
        assertEquals("(tuple b a)", sexp(swap.value()));
        Assign star = (Assign) Parser.parse("first, *rest = xs\n").body().get(0);
        assertEquals("(tuple first (* rest))", sexp(star.targets().get(0)));
    }

    @Test
    void indentationWithTabsBlankLinesCommentsAndContinuations() {
        String src = "def f(a,\n      b=2):\n\tx = [1,\n  2]\n\n\t# comment\n\tif x:\n\t\treturn \\\n\t\t\tx\n\treturn None\nclass C(Base):\n    def m(self): pass\n";
        Module m = Parser.parse(src);
        FunctionDef f = (FunctionDef) m.body().get(0);
        assertEquals(List.of("a", "b"), f.params().positional().stream().map(Params.Param::name).toList());
        assertEquals(3, f.body().size());
        ClassDef c = (ClassDef) m.body().get(1);
        assertEquals("Base", ((Name) c.bases().get(0)).id());
        assertEquals(new Pos(12, 5), c.body().get(0).pos());
    }

    @Test
    void tryExceptFinallyNonlocalAndGlobal() {
        Module m = Parser.parse("try:\n    pass\nexcept (A, B) as e:\n    raise\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\n"
                + "def o():\n    n = 0\n    def i():\n        nonlocal n\n        global g\n    return i\n");
        Try t = (Try) m.body().get(0);
        assertEquals(2, t.handlers().size());
        assertEquals("e", t.handlers().get(0).name());
        assertNull(t.handlers().get(1).type());
        assertEquals(1, t.orelse().size());
        assertEquals(1, t.finalbody().size());
    }

    @Test
    void softKeywordMatchIsStillAName() {
        Assign a = (Assign) Parser.parse("match = 3\n").body().get(0);
        assertEquals("match", ((Name) a.targets().get(0)).id());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "x = (1 +|1|5|SYNTAX|'(' was never closed",
        "if x\\n    pass|1|5|SYNTAX|expected ':'",
        "`  x = 1`|1|3|SYNTAX|unexpected indent",
        "if x:\\npass|2|1|SYNTAX|expected an indented block after 'if' statement on line 1",
        "s = 'abc|1|5|SYNTAX|unterminated string literal (detected at line 1)",
        "if x:\\n    a = 1\\n  b = 2|3|3|SYNTAX|unindent does not match any outer indentation level",
        "f() = 1|1|1|SYNTAX|cannot assign to function call here. Maybe you meant '==' instead of '='?",
        "with open('f') as fh:\\n    pass|1|1|UNSUPPORTED|'with' statements",
        "def g():\\n    yield 1|2|5|UNSUPPORTED|'yield' (generators)",
        "async def h(): pass|1|1|UNSUPPORTED|'async def'",
        "x = 1j|1|5|UNSUPPORTED|complex numbers",
        "b = b'x'|1|5|UNSUPPORTED|bytes literals",
        "if (n := 3): pass|1|7|UNSUPPORTED|walrus operator ':='",
        "x: int = 3|1|2|UNSUPPORTED|type annotations",
        "def f(a, /, b): pass|1|10|UNSUPPORTED|positional-only parameters '/'",
        "match x:\\n    case 1: pass|1|1|UNSUPPORTED|'match' statements",
        "c = a @ b|1|7|UNSUPPORTED|the '@' operator (matrix multiplication)"})
    void errorsSayWhereAndWhat(String src, int line, int col, SourceError.Kind kind, String message) {
        SourceError e = assertThrows(SourceError.class, () -> Parser.parse(src.replace("\\n", "\n") + "\n"));
        assertEquals(kind, e.kind());
        assertEquals(message, e.detail());
        assertEquals(new Pos(line, col), e.pos());
    }

    @Test
    void errorFormatNamesFileLineAndColumn() {
        SourceError e = assertThrows(SourceError.class, () -> Parser.parse("x = 1\nwith a: pass\n"));
        assertEquals("prog.py:2:1: not supported: 'with' statements", e.format("prog.py"));
    }
}
