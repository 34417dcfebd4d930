package heapquest.engine.syntax;

import java.util.List;

/**
 * A function's parameters: {@code def f(a, b=1, *args, c, d=2, **kw)}. varargs and kwargs are null
 * when absent. Positional-only markers ({@code /}) are not in the subset.
 */
public record Params(List<Param> positional, Param varargs, List<Param> keywordOnly, Param kwargs) {

    /** One parameter; defaultValue is null when it has none. */
    public record Param(Pos pos, String name, Expr defaultValue) implements Node {}

    public static Params none() {
        return new Params(List.of(), null, List.of(), null);
    }
}
