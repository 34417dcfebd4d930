package heapquest.engine.runtime;

import heapquest.engine.syntax.Expr;
import heapquest.engine.syntax.Expr.*;
import heapquest.engine.syntax.Module;
import heapquest.engine.syntax.Node;
import heapquest.engine.syntax.Params;
import heapquest.engine.syntax.SourceError;
import heapquest.engine.syntax.Stmt;
import heapquest.engine.syntax.Stmt.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * CPython's symbol-table pass: finds the code objects of the program, which names each binds, and
 * resolves every name to a fast local, a closure cell, a global or a namespace lookup. Also records
 * each code object's constants, merged across the file as CPython's compiler merges them.
 */
final class ScopeAnalyzer {
    final Map<Node, Code> codes = new IdentityHashMap<>();
    /** Constant value of every expression that is one (literals and what folds to a literal). */
    final Map<Expr, Object> constants = new IdentityHashMap<>();
    private Code current;
    /** Whether the engine implements a builtin name. */
    private final Predicate<String> implemented;
    /** Loads of CPython builtins the engine lacks, checked once the whole program's bindings are known. */
    private final List<Name> missingBuiltinLoads = new ArrayList<>();
    /** Class bases that name a built-in type (list, dict...), checked like the missing builtins. */
    private final List<Name> builtinTypeBases = new ArrayList<>();
    /**
     * The built-in types whose instances keep their contents outside __dict__ in CPython: the engine
     * does not model subclasses of them (ClassBuilder refuses them at run time too, for bases it
     * cannot see here).
     */
    private static final Set<String> BUILTIN_TYPES = Set.of("int", "float", "complex", "str", "bytes", "bytearray",
            "bool", "list", "tuple", "dict", "set", "frozenset", "range", "type", "memoryview", "slice");

    ScopeAnalyzer(Predicate<String> implemented) {
        this.implemented = implemented;
    }

    Code analyze(Module module) {
        Code top = new Code(Code.Kind.MODULE, "<module>", "<module>", null, null);
        current = top;
        block(module.body());
        rejectMissingBuiltins(top);
        resolve(top);
        return top;
    }

    /**
     * A program that reads {@code map} (a CPython builtin the engine lacks) and never binds that name
     * itself would stop midway with a NameError CPython never raises: it is rejected before it runs,
     * at the first such load, like any other construct outside the subset.
     */
    private void rejectMissingBuiltins(Code top) {
        Set<String> bound = new HashSet<>();
        collectBound(top, bound);
        Comparator<Name> first = Comparator.comparingInt((Name n) -> n.pos().line()).thenComparingInt(n -> n.pos().col());
        missingBuiltinLoads.stream().filter(n -> !bound.contains(n.id())).min(first).ifPresent(n -> {
            throw SourceError.unsupported(n.pos(), "the built-in '" + n.id() + "'");
        });
        builtinTypeBases.stream().filter(n -> !bound.contains(n.id())).min(first).ifPresent(n -> {
            throw SourceError.unsupported(n.pos(), "subclassing the built-in type '" + n.id() + "'");
        });
    }

    private static void collectBound(Code code, Set<String> bound) {
        bound.addAll(code.assigned);
        bound.addAll(code.params);
        bound.addAll(code.declaredGlobal);
        for (Code child : code.children) {
            collectBound(child, bound);
        }
    }

    // ---- pass 1: what each scope binds and uses ----

    private void block(List<Stmt> body) {
        for (Stmt s : body) {
            stmt(s);
        }
    }

    private void stmt(Stmt s) {
        if (s instanceof ExprStmt e) {
            expr(e.value());
        } else if (s instanceof Assign a) {
            expr(a.value());
            for (Expr t : a.targets()) {
                target(t);
            }
        } else if (s instanceof AugAssign a) {
            expr(a.value());
            if (a.target() instanceof Name n) {
                current.used.add(n.id());
            }
            target(a.target());
        } else if (s instanceof Delete d) {
            for (Expr t : d.targets()) {
                target(t);
            }
        } else if (s instanceof If i) {
            expr(i.test());
            block(i.body());
            block(i.orelse());
        } else if (s instanceof While w) {
            expr(w.test());
            block(w.body());
            block(w.orelse());
        } else if (s instanceof For f) {
            expr(f.iter());
            target(f.target());
            block(f.body());
            block(f.orelse());
        } else if (s instanceof FunctionDef f) {
            for (Expr d : f.decorators()) {
                expr(d);
            }
            defaults(f.params());
            bind(f.name());
            function(f, f.name(), f.params(), f.body(), null);
        } else if (s instanceof ClassDef c) {
            for (Expr d : c.decorators()) {
                expr(d);
            }
            if (c.bases().size() > 1) {
                throw SourceError.unsupported(c.pos(), "multiple inheritance");
            }
            for (Expr b : c.bases()) {
                if (b instanceof Name n && BUILTIN_TYPES.contains(n.id())) {
                    builtinTypeBases.add(n);
                }
                expr(b);
            }
            bind(c.name());
            Code outer = current;
            current = new Code(Code.Kind.CLASS, c.name(), qualname(c.name()), c, outer);
            codes.put(c, current);
            block(c.body());
            current = outer;
        } else if (s instanceof Return r) {
            if (current.kind != Code.Kind.FUNCTION) {
                throw SourceError.syntax(r.pos(), "'return' outside function");
            }
            if (r.value() != null) {
                expr(r.value());
            }
        } else if (s instanceof Global g) {
            for (String n : g.names()) {
                if (current.assigned.contains(n) && current.kind != Code.Kind.MODULE) {
                    throw SourceError.syntax(g.pos(), "name '" + n + "' is assigned to before global declaration");
                }
                current.declaredGlobal.add(n);
            }
        } else if (s instanceof Nonlocal n) {
            if (current.kind == Code.Kind.MODULE) {
                throw SourceError.syntax(n.pos(), "nonlocal declaration not allowed at module level");
            }
            current.declaredNonlocal.addAll(n.names());
        } else if (s instanceof Import im) {
            for (Alias a : im.names()) {
                checkModule(a.pos(), a.name());
                bind(a.asName() != null ? a.asName() : a.name());
            }
        } else if (s instanceof ImportFrom im) {
            checkModule(im.pos(), im.module());
            for (Alias a : im.names()) {
                bind(a.asName() != null ? a.asName() : a.name());
            }
        } else if (s instanceof Try t) {
            block(t.body());
            for (ExceptHandler h : t.handlers()) {
                if (h.type() != null) {
                    expr(h.type());
                }
                if (h.name() != null) {
                    bind(h.name());
                }
                block(h.body());
            }
            block(t.orelse());
            block(t.finalbody());
        } else if (s instanceof Raise r) {
            if (r.exc() != null) {
                expr(r.exc());
            }
            if (r.cause() != null) {
                expr(r.cause());
            }
        } else if (s instanceof Assert a) {
            expr(a.test());
            if (a.msg() != null) {
                expr(a.msg());
            }
        }
    }

    private static void checkModule(heapquest.engine.syntax.Pos pos, String module) {
        if (!module.equals("sys") && !module.equals("gc") && !module.equals("weakref")) {
            throw SourceError.unsupported(pos, "import of module '" + module + "' (only sys, gc and weakref)");
        }
    }

    private String qualname(String name) {
        if (current.kind == Code.Kind.MODULE) {
            return name;
        }
        String prefix = current.qualname;
        return current.kind == Code.Kind.FUNCTION ? prefix + ".<locals>." + name : prefix + "." + name;
    }

    private void defaults(Params p) {
        for (Params.Param x : p.positional()) {
            if (x.defaultValue() != null) {
                expr(x.defaultValue());
            }
        }
        for (Params.Param x : p.keywordOnly()) {
            if (x.defaultValue() != null) {
                expr(x.defaultValue());
            }
        }
    }

    private void function(Node node, String name, Params params, List<Stmt> body, Expr lambdaBody) {
        Code outer = current;
        current = new Code(Code.Kind.FUNCTION, name, qualname(name), node, outer);
        codes.put(node, current);
        for (Params.Param x : params.positional()) {
            param(x.name());
        }
        if (params.varargs() != null) {
            param(params.varargs().name());
        }
        for (Params.Param x : params.keywordOnly()) {
            param(x.name());
        }
        if (params.kwargs() != null) {
            param(params.kwargs().name());
        }
        if (lambdaBody != null) {
            expr(lambdaBody);
        } else {
            block(body);
        }
        current = outer;
    }

    private void param(String name) {
        current.params.add(name);
        current.assigned.add(name);
    }

    private void bind(String name) {
        current.assigned.add(name);
        current.names.add(name);
    }

    private void target(Expr t) {
        if (t instanceof Name n) {
            // __slots__ changes layout, weak-referenceability and dealloc order; the engine does not
            // model it, so it must not run as a plain class attribute and give wrong answers.
            if (current.kind == Code.Kind.CLASS && n.id().equals("__slots__")) {
                throw SourceError.unsupported(n.pos(), "__slots__");
            }
            bind(n.id());
        } else if (t instanceof TupleExpr tu) {
            for (Expr x : tu.elts()) {
                target(x);
            }
        } else if (t instanceof ListExpr l) {
            for (Expr x : l.elts()) {
                target(x);
            }
        } else if (t instanceof Starred st) {
            target(st.value());
        } else if (t instanceof Attribute a) {
            expr(a.value());
            current.names.add(a.attr());
        } else if (t instanceof Subscript s) {
            expr(s.value());
            expr(s.index());
        } else {
            throw SourceError.syntax(t.pos(), "cannot assign to " + describe(t));
        }
    }

    private static String describe(Expr e) {
        if (e instanceof Call) {
            return "function call";
        }
        if (e instanceof Constant) {
            return "literal";
        }
        return "expression";
    }

    private void expr(Expr e) {
        if (e == null) {
            return;
        }
        Object folded = ConstantFolder.fold(e);
        if (folded != null) {
            constants.put(e, folded);
            addConst(folded);
            return;
        }
        if (e instanceof Name n) {
            current.used.add(n.id());
            current.names.add(n.id());
            if (CPythonBuiltins.NAMES.contains(n.id()) && !implemented.test(n.id())) {
                missingBuiltinLoads.add(n);
            }
        } else if (e instanceof BinOp b) {
            expr(b.left());
            expr(b.right());
        } else if (e instanceof UnaryOp u) {
            expr(u.operand());
        } else if (e instanceof BoolOp b) {
            b.values().forEach(this::expr);
        } else if (e instanceof Compare c) {
            expr(c.left());
            c.comparators().forEach(this::expr);
        } else if (e instanceof Call c) {
            expr(c.func());
            c.args().forEach(this::expr);
            for (Keyword k : c.keywords()) {
                expr(k.value());
            }
        } else if (e instanceof Attribute a) {
            expr(a.value());
            current.names.add(a.attr());
        } else if (e instanceof Subscript s) {
            expr(s.value());
            expr(s.index());
        } else if (e instanceof Slice s) {
            expr(s.lower());
            expr(s.upper());
            expr(s.step());
        } else if (e instanceof Starred s) {
            expr(s.value());
        } else if (e instanceof ListExpr l) {
            l.elts().forEach(this::expr);
        } else if (e instanceof TupleExpr t) {
            t.elts().forEach(this::expr);
        } else if (e instanceof SetExpr s) {
            s.elts().forEach(this::expr);
        } else if (e instanceof DictExpr d) {
            d.keys().forEach(this::expr);
            d.values().forEach(this::expr);
        } else if (e instanceof FString f) {
            for (Expr p : f.parts()) {
                if (p instanceof FormattedValue fv) {
                    expr(fv.value());
                    if (fv.spec() != null) {
                        expr(fv.spec());
                    }
                }
            }
        } else if (e instanceof IfExp i) {
            expr(i.test());
            expr(i.body());
            expr(i.orelse());
        } else if (e instanceof Lambda l) {
            defaults(l.params());
            function(l, "<lambda>", l.params(), List.of(), l.body());
        } else if (e instanceof ListComp c) {
            comprehension(c, "<listcomp>", c.generators(), List.of(c.elt()));
        } else if (e instanceof SetComp c) {
            comprehension(c, "<setcomp>", c.generators(), List.of(c.elt()));
        } else if (e instanceof DictComp c) {
            comprehension(c, "<dictcomp>", c.generators(), List.of(c.key(), c.value()));
        } else if (e instanceof GeneratorExp g) {
            comprehension(g, "<genexpr>", g.generators(), List.of(g.elt()));
        }
    }

    /** A comprehension is a function of its own whose argument is the first iterable's iterator. */
    private void comprehension(Expr node, String name, List<Comprehension> gens, List<Expr> results) {
        expr(gens.get(0).iter());
        Code outer = current;
        current = new Code(Code.Kind.COMPREHENSION, name, qualname(name), node, outer);
        codes.put(node, current);
        param(".0");
        for (int i = 0; i < gens.size(); i++) {
            Comprehension g = gens.get(i);
            if (i > 0) {
                expr(g.iter());
            }
            target(g.target());
            g.ifs().forEach(this::expr);
        }
        results.forEach(this::expr);
        current = outer;
    }

    private void addConst(Object value) {
        Object key = ConstantPool.key(value);
        if (!current.constKeys.contains(key)) {
            current.constKeys.add(key);
        }
    }

    // ---- pass 2: resolve names ----

    private void resolve(Code code) {
        if (code.isFunctionLike()) {
            for (String n : code.assigned) {
                if (!code.declaredGlobal.contains(n) && !code.declaredNonlocal.contains(n)) {
                    code.fastNames.add(n);
                }
            }
            for (String n : code.params) {
                if (!code.fastNames.contains(n)) {
                    code.fastNames.add(n);
                }
            }
        }
        for (Code child : code.children) {
            resolve(child);
        }
        // cells: locals that a nested scope reads as free variables
        if (code.isFunctionLike()) {
            for (String n : code.fastNames) {
                if (capturedBelow(code, n)) {
                    code.cellNames.add(n);
                }
            }
        }
        for (String n : code.declaredGlobal) {
            code.access.put(n, Code.GLOBAL);
        }
        if (code.isFunctionLike()) {
            for (int i = 0; i < code.fastNames.size(); i++) {
                String n = code.fastNames.get(i);
                code.access.put(n, code.cellNames.contains(n)
                        ? new Code.Access.Cell(code.cellNames.indexOf(n)) : new Code.Access.Fast(i));
            }
        }
        for (String n : freeNames(code)) {
            if (!code.cellNames.contains(n)) {
                code.cellNames.add(n);
            }
            code.access.put(n, new Code.Access.Cell(code.cellNames.indexOf(n)));
        }
        for (String n : code.declaredNonlocal) {
            if (findEnclosingBinding(code.parent, n) == null) {
                throw SourceError.syntax(((Node) code.node).pos(), "no binding for nonlocal '" + n + "' found");
            }
        }
    }

    /** Names this code reads from an enclosing function's scope. */
    private List<String> freeNames(Code code) {
        java.util.List<String> out = new java.util.ArrayList<>();
        java.util.Set<String> candidates = new java.util.LinkedHashSet<>(code.used);
        candidates.addAll(code.declaredNonlocal);
        for (Code child : code.children) {
            candidates.addAll(freeNamesPassingThrough(child));
        }
        for (String n : candidates) {
            if (code.declaredGlobal.contains(n)) {
                continue;
            }
            boolean local = code.isFunctionLike() && code.fastNames.contains(n);
            boolean classBound = code.kind == Code.Kind.CLASS && code.assigned.contains(n);
            if (local || classBound || code.kind == Code.Kind.MODULE) {
                continue;
            }
            if (findEnclosingBinding(code.parent, n) != null) {
                out.add(n);
            }
        }
        return out;
    }

    private java.util.Set<String> freeNamesPassingThrough(Code child) {
        java.util.Set<String> s = new java.util.LinkedHashSet<>();
        for (String n : child.cellNames) {
            if (!(child.isFunctionLike() && child.fastNames.contains(n))) {
                s.add(n);
            }
        }
        return s;
    }

    private static Code findEnclosingBinding(Code scope, String n) {
        for (Code c = scope; c != null; c = c.parent) {
            if (c.kind == Code.Kind.MODULE) {
                return null;
            }
            if (c.isFunctionLike() && c.fastNames.contains(n) && !c.declaredGlobal.contains(n)) {
                return c;
            }
        }
        return null;
    }

    private static boolean capturedBelow(Code code, String n) {
        for (Code child : code.children) {
            if (readsFree(child, n)) {
                return true;
            }
        }
        return false;
    }

    private static boolean readsFree(Code c, String n) {
        boolean bindsItself = c.isFunctionLike() && c.fastNames.contains(n);
        if (bindsItself || c.declaredGlobal.contains(n)) {
            return false;
        }
        if (c.kind == Code.Kind.CLASS && c.assigned.contains(n) && !c.used.contains(n)) {
            return false;
        }
        if (c.used.contains(n) || c.declaredNonlocal.contains(n)) {
            return true;
        }
        for (Code child : c.children) {
            if (readsFree(child, n)) {
                return true;
            }
        }
        return false;
    }
}
