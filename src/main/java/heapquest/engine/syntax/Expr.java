package heapquest.engine.syntax;

import java.math.BigInteger;
import java.util.List;

/** Expressions of the supported Python subset. Optional children are null when absent. */
public sealed interface Expr extends Node {

    /** A literal. {@code value} is a BigInteger, Double, String, Boolean, or one of {@link Singleton}. */
    record Constant(Pos pos, Object value) implements Expr {}

    enum Singleton { NONE, ELLIPSIS }

    record Name(Pos pos, String id) implements Expr {}

    /** An f-string: parts are {@link Constant} strings and {@link FormattedValue}s, in order. */
    record FString(Pos pos, List<Expr> parts) implements Expr {}

    /**
     * {@code {value!conversion:spec}} inside an f-string. conversion is 0 (none), 'r', 's' or 'a';
     * spec is null or an FString (format specs may themselves contain fields).
     */
    record FormattedValue(Pos pos, Expr value, char conversion, FString spec) implements Expr {}

    record BinOp(Pos pos, Expr left, BinOperator op, Expr right) implements Expr {}

    record UnaryOp(Pos pos, UnaryOperator op, Expr operand) implements Expr {}

    /** {@code a and b and c} (isAnd) or {@code a or b}. */
    record BoolOp(Pos pos, boolean isAnd, List<Expr> values) implements Expr {}

    /** Chained comparison {@code left op0 c0 op1 c1 ...}. */
    record Compare(Pos pos, Expr left, List<CmpOp> ops, List<Expr> comparators) implements Expr {}

    /** A call; args may contain {@link Starred} for {@code *xs}. */
    record Call(Pos pos, Expr func, List<Expr> args, List<Keyword> keywords) implements Expr {}

    /** {@code name=value}, or {@code **value} when name is null. */
    record Keyword(Pos pos, String name, Expr value) implements Node {}

    record Attribute(Pos pos, Expr value, String attr) implements Expr {}

    /** {@code value[index]}; index may be a {@link Slice} or a {@link TupleExpr}. */
    record Subscript(Pos pos, Expr value, Expr index) implements Expr {}

    /** {@code lower:upper:step}, each part optional. Appears only as a Subscript index. */
    record Slice(Pos pos, Expr lower, Expr upper, Expr step) implements Expr {}

    /** {@code *value} in a call argument list, a display, or an assignment target. */
    record Starred(Pos pos, Expr value) implements Expr {}

    record ListExpr(Pos pos, List<Expr> elts) implements Expr {}

    record TupleExpr(Pos pos, List<Expr> elts) implements Expr {}

    record SetExpr(Pos pos, List<Expr> elts) implements Expr {}

    /** {@code {k: v, ...}}; keys and values have equal length. */
    record DictExpr(Pos pos, List<Expr> keys, List<Expr> values) implements Expr {}

    record ListComp(Pos pos, Expr elt, List<Comprehension> generators) implements Expr {}

    record SetComp(Pos pos, Expr elt, List<Comprehension> generators) implements Expr {}

    record DictComp(Pos pos, Expr key, Expr value, List<Comprehension> generators) implements Expr {}

    /** {@code (elt for ... )}, also the bare form as a sole call argument: {@code sum(x for x in xs)}. */
    record GeneratorExp(Pos pos, Expr elt, List<Comprehension> generators) implements Expr {}

    /** One {@code for target in iter if cond...} clause of a comprehension. */
    record Comprehension(Pos pos, Expr target, Expr iter, List<Expr> ifs) implements Node {}

    record Lambda(Pos pos, Params params, Expr body) implements Expr {}

    /** {@code body if test else orelse}. */
    record IfExp(Pos pos, Expr test, Expr body, Expr orelse) implements Expr {}

    enum BinOperator {
        ADD("+"), SUB("-"), MUL("*"), DIV("/"), FLOORDIV("//"), MOD("%"), POW("**"),
        LSHIFT("<<"), RSHIFT(">>"), BITOR("|"), BITXOR("^"), BITAND("&");

        public final String symbol;

        BinOperator(String symbol) {
            this.symbol = symbol;
        }
    }

    enum UnaryOperator {
        NEG("-"), POS("+"), NOT("not"), INVERT("~");

        public final String symbol;

        UnaryOperator(String symbol) {
            this.symbol = symbol;
        }
    }

    enum CmpOp {
        EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="), IS("is"), IS_NOT("is not"), IN("in"), NOT_IN("not in");

        public final String symbol;

        CmpOp(String symbol) {
            this.symbol = symbol;
        }
    }

    static Constant integer(Pos pos, long v) {
        return new Constant(pos, BigInteger.valueOf(v));
    }
}
