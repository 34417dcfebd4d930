package heapquest.engine.trace;

/** Why a strong reference was taken or dropped; the TUI and explanations use it to say "who refers". */
public enum RefReason {
    NAME("name"),
    CONTAINER("container slot"),
    ATTRIBUTE("attribute"),
    ARGUMENT("argument"),
    TEMPORARY("value being evaluated"),
    RETURN_VALUE("return value"),
    CLOSURE_CELL("closure cell"),
    DEFAULTS("default argument"),
    BOUND_METHOD("bound method"),
    ITERATOR("loop iterator"),
    CONSTANT("code constant"),
    EXCEPTION("exception"),
    TYPE("object's class"),
    INTERNAL("interpreter");

    public final String label;

    RefReason(String label) {
        this.label = label;
    }
}
