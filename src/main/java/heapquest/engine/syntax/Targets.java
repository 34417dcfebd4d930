package heapquest.engine.syntax;

import heapquest.engine.syntax.Expr.Attribute;
import heapquest.engine.syntax.Expr.BinOp;
import heapquest.engine.syntax.Expr.BoolOp;
import heapquest.engine.syntax.Expr.Call;
import heapquest.engine.syntax.Expr.Compare;
import heapquest.engine.syntax.Expr.Constant;
import heapquest.engine.syntax.Expr.DictComp;
import heapquest.engine.syntax.Expr.DictExpr;
import heapquest.engine.syntax.Expr.FString;
import heapquest.engine.syntax.Expr.FormattedValue;
import heapquest.engine.syntax.Expr.GeneratorExp;
import heapquest.engine.syntax.Expr.IfExp;
import heapquest.engine.syntax.Expr.Lambda;
import heapquest.engine.syntax.Expr.ListComp;
import heapquest.engine.syntax.Expr.ListExpr;
import heapquest.engine.syntax.Expr.Name;
import heapquest.engine.syntax.Expr.SetComp;
import heapquest.engine.syntax.Expr.SetExpr;
import heapquest.engine.syntax.Expr.Singleton;
import heapquest.engine.syntax.Expr.Slice;
import heapquest.engine.syntax.Expr.Starred;
import heapquest.engine.syntax.Expr.Subscript;
import heapquest.engine.syntax.Expr.TupleExpr;
import heapquest.engine.syntax.Expr.UnaryOp;
import heapquest.engine.syntax.Expr.UnaryOperator;
import java.util.List;

/**
 * What may be assigned to or deleted, and the messages CPython gives when something else is:
 * "cannot assign to function call", "cannot delete literal", and the "Maybe you meant '=='"
 * hints for a comparison typed with '='. The parser parses targets as expressions, then asks
 * here.
 */
final class Targets {

    private final Parser.Shared shared;

    Targets(Parser.Shared shared) {
        this.shared = shared;
    }

    /**
     * Validates {@code t1 = t2 = ... = value}. When a target is not assignable, CPython first
     * considers whether the user meant a comparison ({@code f() = 1}: "cannot assign to function
     * call here. Maybe you meant '==' instead of '='?"), which it decides from the shape of the
     * first target and of what follows its '='; otherwise it names the first bad part.
     */
    void checkAssignment(List<Expr> targets, Expr value) {
        Expr bad = null;
        for (Expr t : targets) {
            bad = invalid(t, false);
            if (bad != null) {
                break;
            }
        }
        if (bad == null) {
            targets.forEach(this::checkStarred);
            return;
        }
        Expr firstTarget = targets.get(0);
        List<Expr> elements = shared.bareTuples.contains(firstTarget) ? ((TupleExpr) firstTarget).elts() : List.of(firstTarget);
        Expr last = elements.get(elements.size() - 1);
        Expr after = targets.size() > 1 ? targets.get(1) : value;
        Expr afterFirst = shared.bareTuples.contains(after) ? ((TupleExpr) after).elts().get(0) : after;
        boolean afterIsAnotherTarget = targets.size() > 1 && afterFirst == after && isBitwiseOrLevel(after);
        if (isBitwiseOrLevel(last) && startsWithBitwiseOr(afterFirst) && !afterIsAnotherTarget) {
            if (last instanceof Name) {
                throw SourceError.syntax(last.pos(), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
            if (!startsWithDisplayOrSingleton(last)) {
                throw SourceError.syntax(last.pos(), "cannot assign to " + exprName(last) + " here. Maybe you meant '==' instead of '='?");
            }
        }
        throw SourceError.syntax(bad.pos(), "cannot assign to " + exprName(bad));
    }

    /** The part of an assignment (or del) target that cannot be assigned to, or null if it is fine. */
    static Expr invalid(Expr e, boolean delete) {
        if (e instanceof Name || e instanceof Attribute || e instanceof Subscript) {
            return null;
        }
        if (e instanceof Starred s) {
            return delete ? s : invalid(s.value(), false);
        }
        List<Expr> elts = e instanceof TupleExpr t ? t.elts() : e instanceof ListExpr l ? l.elts() : null;
        if (elts == null) {
            return e;
        }
        for (Expr elt : elts) {
            Expr bad = invalid(elt, delete);
            if (bad != null) {
                return bad;
            }
        }
        return null;
    }

    /** Starred targets that CPython's compiler rejects: {@code *a = x}, {@code *a, *b = x}. */
    void checkStarred(Expr target) {
        if (target instanceof Starred s) {
            shared.defer(SourceError.syntax(s.pos(), "starred assignment target must be in a list or tuple"));
            return;
        }
        checkStarredElements(target);
    }

    private void checkStarredElements(Expr target) {
        List<Expr> elts = target instanceof TupleExpr t ? t.elts() : target instanceof ListExpr l ? l.elts() : List.of();
        int starred = 0;
        for (Expr elt : elts) {
            if (elt instanceof Starred s) {
                starred++;
                checkStarredElements(s.value());
            } else {
                checkStarredElements(elt);
            }
        }
        if (starred > 1) {
            shared.defer(SourceError.syntax(target.pos(), "multiple starred expressions in assignment"));
        }
    }

    /** Expressions that CPython's {@code bitwise_or} rule produces on its own. */
    private static boolean isBitwiseOrLevel(Expr e) {
        return !(e instanceof BoolOp || e instanceof Compare || e instanceof IfExp || e instanceof Lambda
                || e instanceof Starred || (e instanceof UnaryOp u && u.op() == UnaryOperator.NOT));
    }

    private static boolean startsWithBitwiseOr(Expr e) {
        if (e instanceof BoolOp b) return startsWithBitwiseOr(b.values().get(0));
        if (e instanceof IfExp i) return startsWithBitwiseOr(i.body());
        return !(e instanceof Lambda || e instanceof Starred || (e instanceof UnaryOp u && u.op() == UnaryOperator.NOT));
    }

    /** Does the expression begin with a list/tuple display, a generator expression, True, False or None? */
    private boolean startsWithDisplayOrSingleton(Expr e) {
        while (true) {
            if (e instanceof Attribute a) e = a.value();
            else if (e instanceof Subscript s) e = s.value();
            else if (e instanceof Call c) e = c.func();
            else if (e instanceof BinOp b) e = b.left();
            else break;
        }
        if (e instanceof ListExpr || e instanceof GeneratorExp) return true;
        if (e instanceof TupleExpr) return !shared.bareTuples.contains(e);
        return e instanceof Constant c && (c.value() instanceof Boolean || c.value() == Singleton.NONE);
    }

    /** A {@code for} target: a target list, checked like an assignment target. */
    void checkFor(Expr target) {
        Expr bad = invalid(target, false);
        if (bad != null) {
            throw SourceError.syntax(bad.pos(), "cannot assign to " + exprName(bad));
        }
        checkStarred(target);
    }

    /**
     * {@code if x = 1:}: CPython's hint when a condition is followed by '='. Called with the
     * condition when the next token is '='; returns normally when there is no hint to give.
     */
    void checkConditionTypo(Expr test) {
        if (test instanceof Name) {
            throw SourceError.syntax(test.pos(), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        if (isBitwiseOrLevel(test) && !startsWithDisplayOrSingleton(test)) {
            throw SourceError.syntax(test.pos(), "cannot assign to " + exprName(test) + " here. Maybe you meant '==' instead of '='?");
        }
    }

    /** CPython's name for a kind of expression, as used in "cannot assign to ..." messages. */
    static String exprName(Expr e) {
        if (e instanceof Attribute) return "attribute";
        if (e instanceof Subscript) return "subscript";
        if (e instanceof Starred) return "starred";
        if (e instanceof Name) return "name";
        if (e instanceof ListExpr) return "list";
        if (e instanceof TupleExpr) return "tuple";
        if (e instanceof Lambda) return "lambda";
        if (e instanceof Call) return "function call";
        if (e instanceof BoolOp || e instanceof BinOp || e instanceof UnaryOp) return "expression";
        if (e instanceof GeneratorExp) return "generator expression";
        if (e instanceof ListComp) return "list comprehension";
        if (e instanceof SetComp) return "set comprehension";
        if (e instanceof DictComp) return "dict comprehension";
        if (e instanceof DictExpr) return "dict literal";
        if (e instanceof SetExpr) return "set display";
        if (e instanceof FString || e instanceof FormattedValue) return "f-string expression";
        if (e instanceof Compare) return "comparison";
        if (e instanceof IfExp) return "conditional expression";
        if (e instanceof Slice) return "slice";
        if (e instanceof Constant c) {
            if (Boolean.TRUE.equals(c.value())) return "True";
            if (Boolean.FALSE.equals(c.value())) return "False";
            if (c.value() == Singleton.NONE) return "None";
            if (c.value() == Singleton.ELLIPSIS) return "ellipsis";
            return "literal";
        }
        return "expression";
    }
}
