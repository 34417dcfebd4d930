package heapquest.engine.trace;

/**
 * The value of a {@link heapquest.engine.Probe}'s expression at its point in the run, computed
 * without disturbing the program. error is null when the expression evaluated; otherwise it is the
 * Python exception it raised ("NameError: name 'x' is not defined") and the other fields are empty.
 *
 * @param step     the step just before (BEFORE) or after (AFTER) which it was evaluated
 * @param object   serial of the resulting object, -1 on error
 * @param refcount the result's strong reference count not counting the probe's own reference
 *                 (what {@code sys.getrefcount(expr) - 1} prints)
 */
public record ProbeResult(String id, int step, String repr, String type, long address, int object,
                          long refcount, boolean truthy, String error) {

    public boolean failed() {
        return error != null;
    }
}
