package heapquest.engine.runtime;

import heapquest.engine.heap.PyBaseException;

/**
 * A Python exception propagating through the interpreter. It owns one reference to the exception
 * object. No Java stack trace: this is control flow, not a bug.
 */
final class PyError extends RuntimeException {
    final PyBaseException exc;

    PyError(PyBaseException exc) {
        super(null, null, false, false);
        this.exc = exc;
    }

    @Override
    public String getMessage() {
        return exc.typeName();
    }
}
