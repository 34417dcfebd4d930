package heapquest.engine.runtime;

import heapquest.engine.heap.PyObject;

/** break, continue and return unwind Java frames; they carry no stack trace. */
abstract class ControlFlow extends RuntimeException {
    ControlFlow() {
        super(null, null, false, false);
    }

    static final class Break extends ControlFlow {
        static final Break INSTANCE = new Break();
    }

    static final class Continue extends ControlFlow {
        static final Continue INSTANCE = new Continue();
    }

    /** Carries the owned return value. */
    static final class Return extends ControlFlow {
        final PyObject value;

        Return(PyObject value) {
            this.value = value;
        }
    }

    /** A limit was hit (steps): ends the run, cannot be caught by the program. */
    static final class Abort extends ControlFlow {
        final String message;

        Abort(String message) {
            this.message = message;
        }
    }
}
