package heapquest.engine.syntax;

import heapquest.engine.syntax.Expr.*;
import heapquest.engine.syntax.Params.Param;
import heapquest.engine.syntax.Stmt.*;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * Prints syntax trees as compact S-expressions so tests can compare whole trees as strings.
 * With positions on, every node is followed by {@code @line:col}.
 *
 * <pre>
 * x = a + 1      (Assign (x) (+ a 1))
 * f(*a, k=1)     (Expr (call f (* a) (kw k 1)))
 * </pre>
 */
final class AstPrinter {
    /**
     * CPYTHON prints positions the way the differential check against CPython's ast module
     * expects them: "@?" where CPython 3.11 has no meaningful position (f-string parts,
     * comprehension clauses).
     */
    enum Mode { PLAIN, POSITIONS, CPYTHON }

    private final Mode mode;
    private final boolean positions;
    private final StringBuilder out = new StringBuilder();
    /** Printing the parts of an f-string (CPYTHON mode prints their positions as "@?"). */
    private boolean fStringPart;

    private AstPrinter(Mode mode) {
        this.mode = mode;
        this.positions = mode != Mode.PLAIN;
    }

    static String print(Module m) {
        return print(m.body(), false);
    }

    static String printWithPositions(Module m) {
        return print(m.body(), true);
    }

    static String print(List<Stmt> stmts, boolean positions) {
        return print(stmts, positions ? Mode.POSITIONS : Mode.PLAIN);
    }

    static String print(List<Stmt> stmts, Mode mode) {
        AstPrinter p = new AstPrinter(mode);
        for (int i = 0; i < stmts.size(); i++) {
            if (i > 0) {
                p.out.append('\n');
            }
            p.stmt(stmts.get(i));
        }
        return p.out.toString();
    }

    static String print(Expr e) {
        AstPrinter p = new AstPrinter(Mode.PLAIN);
        p.expr(e);
        return p.out.toString();
    }

    static String printWithPositions(Expr e) {
        AstPrinter p = new AstPrinter(Mode.POSITIONS);
        p.expr(e);
        return p.out.toString();
    }

    private void open(String head, Node n) {
        out.append('(').append(head);
        at(n);
    }

    private void at(Node n) {
        if (!positions || n == null) {
            return;
        }
        boolean unknown = mode == Mode.CPYTHON && (fStringPart || n instanceof Comprehension);
        out.append('@').append(unknown ? "?" : n.pos().toString());
        fStringPart = false;
    }

    private void close() {
        out.append(')');
    }

    private void sp() {
        out.append(' ');
    }

    private void block(String head, List<Stmt> body) {
        sp();
        out.append('(').append(head);
        for (Stmt s : body) {
            sp();
            stmt(s);
        }
        close();
    }

    private void exprs(List<? extends Expr> es) {
        for (Expr e : es) {
            sp();
            expr(e);
        }
    }

    private void optional(Expr e) {
        sp();
        if (e == null) {
            out.append('_');
        } else {
            expr(e);
        }
    }

    private void stmt(Stmt s) {
        if (s instanceof ExprStmt x) {
            open("Expr", s);
            sp();
            expr(x.value());
        } else if (s instanceof Assign a) {
            open("Assign", s);
            sp();
            out.append('(');
            for (int i = 0; i < a.targets().size(); i++) {
                if (i > 0) {
                    sp();
                }
                expr(a.targets().get(i));
            }
            out.append(')');
            sp();
            expr(a.value());
        } else if (s instanceof AugAssign a) {
            open("AugAssign", s);
            sp();
            expr(a.target());
            sp();
            out.append(a.op().symbol).append('=');
            sp();
            expr(a.value());
        } else if (s instanceof Delete d) {
            open("Del", s);
            exprs(d.targets());
        } else if (s instanceof Pass) {
            open("Pass", s);
        } else if (s instanceof Break) {
            open("Break", s);
        } else if (s instanceof Continue) {
            open("Continue", s);
        } else if (s instanceof If i) {
            open("If", s);
            sp();
            expr(i.test());
            block("body", i.body());
            if (!i.orelse().isEmpty()) {
                block("else", i.orelse());
            }
        } else if (s instanceof While w) {
            open("While", s);
            sp();
            expr(w.test());
            block("body", w.body());
            if (!w.orelse().isEmpty()) {
                block("else", w.orelse());
            }
        } else if (s instanceof For f) {
            open("For", s);
            sp();
            expr(f.target());
            sp();
            expr(f.iter());
            block("body", f.body());
            if (!f.orelse().isEmpty()) {
                block("else", f.orelse());
            }
        } else if (s instanceof FunctionDef f) {
            open("Def", s);
            out.append(' ').append(f.name()).append(' ');
            params(f.params());
            block("body", f.body());
            if (!f.decorators().isEmpty()) {
                out.append(" (decorators");
                exprs(f.decorators());
                close();
            }
        } else if (s instanceof ClassDef c) {
            open("Class", s);
            out.append(' ').append(c.name()).append(" (bases");
            exprs(c.bases());
            close();
            block("body", c.body());
            if (!c.decorators().isEmpty()) {
                out.append(" (decorators");
                exprs(c.decorators());
                close();
            }
        } else if (s instanceof Return r) {
            open("Return", s);
            if (r.value() != null) {
                sp();
                expr(r.value());
            }
        } else if (s instanceof Global g) {
            open("Global", s);
            g.names().forEach(n -> out.append(' ').append(n));
        } else if (s instanceof Nonlocal n) {
            open("Nonlocal", s);
            n.names().forEach(x -> out.append(' ').append(x));
        } else if (s instanceof Import im) {
            open("Import", s);
            im.names().forEach(this::alias);
        } else if (s instanceof ImportFrom im) {
            open("ImportFrom", s);
            out.append(' ').append(im.module());
            im.names().forEach(this::alias);
        } else if (s instanceof Try t) {
            open("Try", s);
            block("body", t.body());
            for (ExceptHandler h : t.handlers()) {
                sp();
                open("except", h);
                optional(h.type());
                out.append(' ').append(h.name() == null ? "_" : h.name());
                block("body", h.body());
                close();
            }
            if (!t.orelse().isEmpty()) {
                block("else", t.orelse());
            }
            if (!t.finalbody().isEmpty()) {
                block("finally", t.finalbody());
            }
        } else if (s instanceof Raise r) {
            open("Raise", s);
            optional(r.exc());
            optional(r.cause());
        } else if (s instanceof Assert a) {
            open("Assert", s);
            sp();
            expr(a.test());
            optional(a.msg());
        } else {
            throw new IllegalArgumentException(s.toString());
        }
        close();
    }

    private void alias(Alias a) {
        sp();
        if (a.asName() == null && !positions) {
            out.append(a.name());
            return;
        }
        open("as", a);
        out.append(' ').append(a.name()).append(' ').append(a.asName() == null ? "_" : a.asName());
        close();
    }

    private void params(Params ps) {
        out.append("(params");
        for (Param p : ps.positional()) {
            param("", p);
        }
        if (ps.varargs() != null) {
            param("*", ps.varargs());
        }
        if (!ps.keywordOnly().isEmpty() && ps.varargs() == null) {
            out.append(" *");
        }
        for (Param p : ps.keywordOnly()) {
            param("", p);
        }
        if (ps.kwargs() != null) {
            param("**", ps.kwargs());
        }
        close();
    }

    private void param(String prefix, Param p) {
        sp();
        if (p.defaultValue() == null) {
            out.append(prefix).append(p.name());
            at(p);
        } else {
            out.append('(').append(p.name());
            at(p);
            sp();
            expr(p.defaultValue());
            close();
        }
    }

    private void expr(Expr e) {
        if (e instanceof Name n) {
            out.append(n.id());
            at(e);
            return;
        }
        if (e instanceof Constant c) {
            constant(c.value());
            at(e);
            return;
        }
        if (e instanceof BinOp b) {
            open(b.op().symbol, e);
            sp();
            expr(b.left());
            sp();
            expr(b.right());
        } else if (e instanceof UnaryOp u) {
            open(u.op().symbol, e);
            sp();
            expr(u.operand());
        } else if (e instanceof BoolOp b) {
            open(b.isAnd() ? "and" : "or", e);
            exprs(b.values());
        } else if (e instanceof Compare c) {
            open("cmp", e);
            sp();
            expr(c.left());
            for (int i = 0; i < c.ops().size(); i++) {
                out.append(' ').append(c.ops().get(i).symbol).append(' ');
                expr(c.comparators().get(i));
            }
        } else if (e instanceof Call c) {
            open("call", e);
            sp();
            expr(c.func());
            exprs(c.args());
            for (Keyword k : c.keywords()) {
                sp();
                if (k.name() == null) {
                    open("**", k);
                } else {
                    open("kw", k);
                    out.append(' ').append(k.name());
                }
                sp();
                expr(k.value());
                close();
            }
        } else if (e instanceof Attribute a) {
            open(".", e);
            sp();
            expr(a.value());
            out.append(' ').append(a.attr());
        } else if (e instanceof Subscript s) {
            open("[]", e);
            sp();
            expr(s.value());
            sp();
            expr(s.index());
        } else if (e instanceof Slice s) {
            open("slice", e);
            optional(s.lower());
            optional(s.upper());
            optional(s.step());
        } else if (e instanceof Starred s) {
            open("*", e);
            sp();
            expr(s.value());
        } else if (e instanceof ListExpr l) {
            open("list", e);
            exprs(l.elts());
        } else if (e instanceof TupleExpr t) {
            open("tuple", e);
            exprs(t.elts());
        } else if (e instanceof SetExpr s) {
            open("set", e);
            exprs(s.elts());
        } else if (e instanceof DictExpr d) {
            open("dict", e);
            for (int i = 0; i < d.keys().size(); i++) {
                out.append(" (");
                expr(d.keys().get(i));
                sp();
                expr(d.values().get(i));
                close();
            }
        } else if (e instanceof ListComp c) {
            open("listcomp", e);
            sp();
            expr(c.elt());
            generators(c.generators());
        } else if (e instanceof SetComp c) {
            open("setcomp", e);
            sp();
            expr(c.elt());
            generators(c.generators());
        } else if (e instanceof GeneratorExp c) {
            open("genexp", e);
            sp();
            expr(c.elt());
            generators(c.generators());
        } else if (e instanceof DictComp c) {
            open("dictcomp", e);
            sp();
            expr(c.key());
            sp();
            expr(c.value());
            generators(c.generators());
        } else if (e instanceof Lambda l) {
            open("lambda", e);
            sp();
            params(l.params());
            sp();
            expr(l.body());
        } else if (e instanceof IfExp i) {
            open("ifexp", e);
            sp();
            expr(i.test());
            sp();
            expr(i.body());
            sp();
            expr(i.orelse());
        } else if (e instanceof FString f) {
            open("f", e);
            for (Expr part : f.parts()) {
                sp();
                fStringPart = true;
                expr(part);
            }
        } else if (e instanceof FormattedValue v) {
            open("fv", e);
            sp();
            expr(v.value());
            out.append(' ').append(v.conversion() == 0 ? "_" : "!" + v.conversion());
            if (v.spec() != null) {
                sp();
                fStringPart = true;
                expr(v.spec());
            }
        } else {
            throw new IllegalArgumentException(e.toString());
        }
        close();
    }

    private void generators(List<Comprehension> gens) {
        for (Comprehension g : gens) {
            sp();
            open("for", g);
            sp();
            expr(g.target());
            sp();
            expr(g.iter());
            for (Expr cond : g.ifs()) {
                out.append(" (if ");
                expr(cond);
                close();
            }
            close();
        }
    }

    private void constant(Object v) {
        if (v instanceof BigInteger) {
            out.append(v);
        } else if (v instanceof Double d) {
            if (d.isInfinite()) {
                out.append(d > 0 ? "inf" : "-inf");
            } else {
                String s = new BigDecimal(d).toPlainString();
                out.append(s.contains(".") ? s : s + ".0");
            }
        } else if (v instanceof String s) {
            out.append(quote(s));
        } else if (v instanceof Boolean b) {
            out.append(b ? "True" : "False");
        } else if (v == Singleton.NONE) {
            out.append("None");
        } else if (v == Singleton.ELLIPSIS) {
            out.append("...");
        } else {
            throw new IllegalArgumentException(String.valueOf(v));
        }
    }

    /** A single-quoted literal; newline, tab, quote, backslash and other controls escaped. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder("'");
        s.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\'' -> sb.append("\\'");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c < 32 || c == 127) {
                        sb.append(String.format("\\x%02x", c));
                    } else {
                        sb.appendCodePoint(c);
                    }
                }
            }
        });
        return sb.append('\'').toString();
    }
}
