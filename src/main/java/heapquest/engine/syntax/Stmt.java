package heapquest.engine.syntax;

import java.util.List;

/** Statements of the supported Python subset. Optional children are null; absent blocks are empty lists. */
public sealed interface Stmt extends Node {

    record ExprStmt(Pos pos, Expr value) implements Stmt {}

    /** {@code t1 = t2 = value}: targets in source order. */
    record Assign(Pos pos, List<Expr> targets, Expr value) implements Stmt {}

    record AugAssign(Pos pos, Expr target, Expr.BinOperator op, Expr value) implements Stmt {}

    record Delete(Pos pos, List<Expr> targets) implements Stmt {}

    record Pass(Pos pos) implements Stmt {}

    record Break(Pos pos) implements Stmt {}

    record Continue(Pos pos) implements Stmt {}

    /** {@code elif} is an If alone in orelse. */
    record If(Pos pos, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {}

    record While(Pos pos, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {}

    record For(Pos pos, Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse) implements Stmt {}

    record FunctionDef(Pos pos, String name, Params params, List<Stmt> body, List<Expr> decorators) implements Stmt {}

    record ClassDef(Pos pos, String name, List<Expr> bases, List<Stmt> body, List<Expr> decorators) implements Stmt {}

    record Return(Pos pos, Expr value) implements Stmt {}

    record Global(Pos pos, List<String> names) implements Stmt {}

    record Nonlocal(Pos pos, List<String> names) implements Stmt {}

    /** {@code import a, b as c}. */
    record Import(Pos pos, List<Alias> names) implements Stmt {}

    /** {@code from module import a, b as c}. */
    record ImportFrom(Pos pos, String module, List<Alias> names) implements Stmt {}

    /** asName is null when there is no {@code as}. */
    record Alias(Pos pos, String name, String asName) implements Node {}

    record Try(Pos pos, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody)
            implements Stmt {}

    /** {@code except type as name:}; type and name may be null. */
    record ExceptHandler(Pos pos, Expr type, String name, List<Stmt> body) implements Node {}

    /** {@code raise exc from cause}; both optional. */
    record Raise(Pos pos, Expr exc, Expr cause) implements Stmt {}

    record Assert(Pos pos, Expr test, Expr msg) implements Stmt {}
}
