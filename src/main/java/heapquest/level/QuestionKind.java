package heapquest.level;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a question asks. Each kind says how many expressions it takes ({@code expr} for one,
 * {@code exprs} for two) and when it looks by default (see {@link Timing}).
 */
public enum QuestionKind {
    /** What {@code id(expr)} is (or, with {@code changes: true}, whether it changes across the line). */
    ID("id", 1, Timing.BEFORE, "what id(expr) is, or whether it changes across the line"),
    /** Whether two expressions are the same object ({@code a is b}). */
    SAME("same", 2, Timing.BEFORE, "whether two expressions name the same object"),
    /** {@code sys.getrefcount(expr) - 1}: the references to the object, not counting the question's own. */
    REFCOUNT("refcount", 1, Timing.BEFORE, "the reference count of the object (sys.getrefcount(x) - 1)"),
    /** Whether the weak reference {@code expr} is alive ({@code expr() is not None}). */
    ALIVE("alive", 1, Timing.BEFORE, "whether a weak reference is alive (w() is not None)"),
    /** Which objects that existed before the line are freed while it runs. */
    FREED("freed", 0, Timing.AFTER, "which objects are freed while the line runs"),
    /** What the line prints (standard output, including what functions it calls print). */
    OUTPUT("output", 0, Timing.AFTER, "what the line prints"),
    /** The repr of any expression at that point. */
    VALUE("value", 1, Timing.BEFORE, "what an expression evaluates to (its repr)");

    public final String key;
    /** 0: no expression; 1: {@code expr}; 2: {@code exprs: [a, b]}. */
    public final int arity;
    public final Timing defaultTiming;
    public final String description;

    QuestionKind(String key, int arity, Timing defaultTiming, String description) {
        this.key = key;
        this.arity = arity;
        this.defaultTiming = defaultTiming;
        this.description = description;
    }

    /** Kinds that describe the running of the line itself; {@code timing: before} makes no sense for them. */
    public boolean aboutTheLine() {
        return this == FREED || this == OUTPUT;
    }

    public static Optional<QuestionKind> byKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(k -> k.key).toList();
    }
}
