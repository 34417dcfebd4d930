package heapquest.engine.syntax;

import heapquest.engine.syntax.Expr.*;
import heapquest.engine.syntax.Params.Param;
import heapquest.engine.syntax.Stmt.*;
import java.util.ArrayDeque;
import java.util.List;
import java.util.function.Consumer;

/**
 * Refuses trees nested deeper than a limit. The parser builds chains such as
 * {@code 1 + 1 + ... + 1} in a loop, so their depth is not bounded by its own recursion; this
 * walk, with an explicit stack, catches them before anything recursive (a printer, the
 * interpreter) meets them.
 */
final class TreeDepth {
    private TreeDepth() {}

    private record Entry(Node node, int depth) {}

    static void check(List<? extends Node> roots, int max) {
        ArrayDeque<Entry> stack = new ArrayDeque<>();
        for (Node root : roots) {
            stack.push(new Entry(root, 1));
        }
        while (!stack.isEmpty()) {
            Entry e = stack.pop();
            if (e.depth() > max) {
                throw Parser.tooDeep(e.node().pos());
            }
            children(e.node(), child -> {
                if (child != null) {
                    stack.push(new Entry(child, e.depth() + 1));
                }
            });
        }
    }

    static void check(Node root, int max) {
        check(List.of(root), max);
    }

    /** Every direct child node of {@code n} (some may be null: optional parts). */
    private static void children(Node n, Consumer<Node> out) {
        if (n instanceof Expr e) {
            exprChildren(e, out);
        } else if (n instanceof Stmt s) {
            stmtChildren(s, out);
        } else if (n instanceof Keyword k) {
            out.accept(k.value());
        } else if (n instanceof Comprehension c) {
            out.accept(c.target());
            out.accept(c.iter());
            c.ifs().forEach(out);
        } else if (n instanceof ExceptHandler h) {
            out.accept(h.type());
            h.body().forEach(out);
        } else if (n instanceof Param p) {
            out.accept(p.defaultValue());
        }
    }

    private static void params(Params ps, Consumer<Node> out) {
        ps.positional().forEach(out);
        out.accept(ps.varargs());
        ps.keywordOnly().forEach(out);
        out.accept(ps.kwargs());
    }

    private static void stmtChildren(Stmt s, Consumer<Node> out) {
        if (s instanceof ExprStmt x) {
            out.accept(x.value());
        } else if (s instanceof Assign a) {
            a.targets().forEach(out);
            out.accept(a.value());
        } else if (s instanceof AugAssign a) {
            out.accept(a.target());
            out.accept(a.value());
        } else if (s instanceof Delete d) {
            d.targets().forEach(out);
        } else if (s instanceof If i) {
            out.accept(i.test());
            i.body().forEach(out);
            i.orelse().forEach(out);
        } else if (s instanceof While w) {
            out.accept(w.test());
            w.body().forEach(out);
            w.orelse().forEach(out);
        } else if (s instanceof For f) {
            out.accept(f.target());
            out.accept(f.iter());
            f.body().forEach(out);
            f.orelse().forEach(out);
        } else if (s instanceof FunctionDef f) {
            params(f.params(), out);
            f.body().forEach(out);
            f.decorators().forEach(out);
        } else if (s instanceof ClassDef c) {
            c.bases().forEach(out);
            c.body().forEach(out);
            c.decorators().forEach(out);
        } else if (s instanceof Return r) {
            out.accept(r.value());
        } else if (s instanceof Try t) {
            t.body().forEach(out);
            t.handlers().forEach(out);
            t.orelse().forEach(out);
            t.finalbody().forEach(out);
        } else if (s instanceof Raise r) {
            out.accept(r.exc());
            out.accept(r.cause());
        } else if (s instanceof Assert a) {
            out.accept(a.test());
            out.accept(a.msg());
        }
        // Pass, Break, Continue, Global, Nonlocal, Import, ImportFrom: no expressions inside
    }

    private static void exprChildren(Expr e, Consumer<Node> out) {
        if (e instanceof FString f) {
            f.parts().forEach(out);
        } else if (e instanceof FormattedValue v) {
            out.accept(v.value());
            out.accept(v.spec());
        } else if (e instanceof BinOp b) {
            out.accept(b.left());
            out.accept(b.right());
        } else if (e instanceof UnaryOp u) {
            out.accept(u.operand());
        } else if (e instanceof BoolOp b) {
            b.values().forEach(out);
        } else if (e instanceof Compare c) {
            out.accept(c.left());
            c.comparators().forEach(out);
        } else if (e instanceof Call c) {
            out.accept(c.func());
            c.args().forEach(out);
            c.keywords().forEach(out);
        } else if (e instanceof Attribute a) {
            out.accept(a.value());
        } else if (e instanceof Subscript s) {
            out.accept(s.value());
            out.accept(s.index());
        } else if (e instanceof Slice s) {
            out.accept(s.lower());
            out.accept(s.upper());
            out.accept(s.step());
        } else if (e instanceof Starred s) {
            out.accept(s.value());
        } else if (e instanceof ListExpr l) {
            l.elts().forEach(out);
        } else if (e instanceof TupleExpr t) {
            t.elts().forEach(out);
        } else if (e instanceof SetExpr s) {
            s.elts().forEach(out);
        } else if (e instanceof DictExpr d) {
            d.keys().forEach(out);
            d.values().forEach(out);
        } else if (e instanceof ListComp c) {
            out.accept(c.elt());
            c.generators().forEach(out);
        } else if (e instanceof SetComp c) {
            out.accept(c.elt());
            c.generators().forEach(out);
        } else if (e instanceof GeneratorExp c) {
            out.accept(c.elt());
            c.generators().forEach(out);
        } else if (e instanceof DictComp c) {
            out.accept(c.key());
            out.accept(c.value());
            c.generators().forEach(out);
        } else if (e instanceof Lambda l) {
            params(l.params(), out);
            out.accept(l.body());
        } else if (e instanceof IfExp i) {
            out.accept(i.test());
            out.accept(i.body());
            out.accept(i.orelse());
        }
        // Constant, Name: leaves
    }
}
