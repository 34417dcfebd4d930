package heapquest.engine.runtime;

import heapquest.engine.syntax.Expr;
import heapquest.engine.syntax.Expr.BinOp;
import heapquest.engine.syntax.Expr.Constant;
import heapquest.engine.syntax.Expr.TupleExpr;
import heapquest.engine.syntax.Expr.UnaryOp;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * CPython's compile-time constant folding, with its limits: arithmetic on number literals, string
 * concatenation and repetition up to 4096 characters, ints up to 128 bits, and tuples of constants.
 * Folded values are merged with equal constants of the same file, so {@code 999 + 1 is 1000} holds.
 */
final class ConstantFolder {
    /** A tuple of constants, as a constant. */
    record ConstTuple(List<Object> items) {}

    private static final int MAX_STR = 4096;
    private static final int MAX_INT_BITS = 128;

    private ConstantFolder() {
    }

    /** The constant value of e, or null when it is not a compile-time constant. */
    static Object fold(Expr e) {
        if (e instanceof Constant c) {
            return c.value();
        }
        if (e instanceof UnaryOp u) {
            Object v = fold(u.operand());
            if (v instanceof BigInteger i && !(v instanceof Boolean)) {
                return switch (u.op()) {
                    case NEG -> i.negate();
                    case POS -> i;
                    case INVERT -> i.not();
                    default -> null;
                };
            }
            if (v instanceof Double d) {
                return switch (u.op()) {
                    case NEG -> -d;
                    case POS -> d;
                    default -> null;
                };
            }
            return null;
        }
        if (e instanceof TupleExpr t) {
            List<Object> items = new ArrayList<>();
            for (Expr x : t.elts()) {
                Object v = fold(x);
                if (v == null) {
                    return null;
                }
                items.add(v);
            }
            return new ConstTuple(items);
        }
        if (e instanceof Expr.Subscript s) {
            // "abc"[0] and (1, 2)[1] are folded by CPython's compiler too.
            Object v = fold(s.value());
            Object i = s.index() instanceof Expr.Slice ? null : fold(s.index());
            if (i instanceof BigInteger idx && !(i instanceof Boolean) && idx.bitLength() < 31) {
                int k = idx.intValue();
                if (v instanceof String str) {
                    int n = str.codePointCount(0, str.length());
                    k = k < 0 ? k + n : k;
                    return k >= 0 && k < n ? new String(Character.toChars(str.codePointAt(str.offsetByCodePoints(0, k)))) : null;
                }
                if (v instanceof ConstTuple t) {
                    k = k < 0 ? k + t.items().size() : k;
                    return k >= 0 && k < t.items().size() ? t.items().get(k) : null;
                }
            }
            return null;
        }
        if (e instanceof BinOp b) {
            Object l = fold(b.left());
            Object r = fold(b.right());
            if (l == null || r == null) {
                return null;
            }
            return binary(b.op(), l, r);
        }
        return null;
    }

    private static Object binary(Expr.BinOperator op, Object l, Object r) {
        if (l instanceof String s && r instanceof String t && op == Expr.BinOperator.ADD) {
            return s.length() + t.length() <= MAX_STR ? s + t : null;
        }
        if (l instanceof String s && r instanceof BigInteger n && op == Expr.BinOperator.MUL) {
            return repeat(s, n);
        }
        if (l instanceof BigInteger n && r instanceof String s && op == Expr.BinOperator.MUL) {
            return repeat(s, n);
        }
        if (l instanceof BigInteger a && r instanceof BigInteger b) {
            BigInteger v = switch (op) {
                case ADD -> a.add(b);
                case SUB -> a.subtract(b);
                case MUL -> a.bitLength() + b.bitLength() > MAX_INT_BITS ? null : a.multiply(b);
                case FLOORDIV -> b.signum() == 0 ? null : Numbers.floorDiv(a, b);
                case MOD -> b.signum() == 0 ? null : Numbers.floorMod(a, b);
                case POW -> b.signum() < 0 || (long) a.bitLength() * b.longValue() > MAX_INT_BITS ? null : a.pow(b.intValue());
                case LSHIFT -> b.signum() < 0 || b.intValue() + a.bitLength() > MAX_INT_BITS ? null : a.shiftLeft(b.intValue());
                case RSHIFT -> b.signum() < 0 ? null : a.shiftRight(Math.min(b.intValue(), 1 << 20));
                case BITAND -> a.and(b);
                case BITOR -> a.or(b);
                case BITXOR -> a.xor(b);
                default -> null;
            };
            if (op == Expr.BinOperator.DIV && b.signum() != 0) {
                return a.doubleValue() / b.doubleValue();
            }
            return v != null && v.bitLength() <= MAX_INT_BITS ? v : null;
        }
        if ((l instanceof BigInteger || l instanceof Double) && (r instanceof BigInteger || r instanceof Double)) {
            double a = ((Number) l).doubleValue();
            double b = ((Number) r).doubleValue();
            return switch (op) {
                case ADD -> a + b;
                case SUB -> a - b;
                case MUL -> a * b;
                case DIV -> b == 0 ? null : a / b;
                default -> null;
            };
        }
        return null;
    }

    private static Object repeat(String s, BigInteger n) {
        if (n.signum() <= 0) {
            return "";
        }
        if (n.bitLength() > 31 || (long) s.length() * n.intValue() > MAX_STR) {
            return null;
        }
        return s.repeat(n.intValue());
    }
}
