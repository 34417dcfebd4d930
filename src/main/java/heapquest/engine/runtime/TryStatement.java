package heapquest.engine.runtime;

import heapquest.engine.heap.PyBaseException;
import heapquest.engine.heap.PyObject;
import heapquest.engine.heap.PyTuple;
import heapquest.engine.heap.PyType;
import heapquest.engine.syntax.Expr;
import heapquest.engine.syntax.Stmt.ExceptHandler;
import heapquest.engine.syntax.Stmt.Try;
import heapquest.engine.trace.RefReason;

/**
 * try/except/else/finally. While a handler runs, the exception (and through its traceback, the
 * frames it passed through) stays alive; {@code except E as e} unbinds e when the handler ends.
 */
final class TryStatement {
    private final Interpreter in;

    TryStatement(Interpreter in) {
        this.in = in;
    }

    void exec(Try t) {
        try {
            boolean raised = false;
            try {
                in.execBlock(t.body());
            } catch (PyError e) {
                raised = true;
                handle(t, e);
            }
            if (!raised) {
                in.execBlock(t.orelse());
            }
        } finally {
            if (!t.finalbody().isEmpty()) {
                in.execBlock(t.finalbody());
            }
        }
    }

    private void handle(Try t, PyError e) {
        in.addTraceback(e, in.frame);
        for (ExceptHandler h : t.handlers()) {
            if (h.type() != null && !matches(h.type(), e.exc)) {
                continue;
            }
            PyBaseException previous = in.handling;
            in.handling = e.exc;
            try {
                if (h.name() != null) {
                    in.heap.incref(e.exc, RefReason.TEMPORARY, null);
                    in.storeName(h.name(), e.exc);
                }
                in.execBlock(h.body());
            } finally {
                in.handling = previous;
                if (h.name() != null) {
                    unbind(h.name());
                }
                in.heap.decref(e.exc, RefReason.EXCEPTION, "handled");
            }
            return;
        }
        throw e;
    }

    /** The implicit {@code del name} at the end of {@code except E as name:} (no error if already gone). */
    private void unbind(String name) {
        try {
            in.storeName(name, in.space.none);
            in.deleteNameQuietly(name);
        } catch (PyError ignored) {
            in.heap.decref(ignored.exc, RefReason.EXCEPTION, null);
        }
    }

    private boolean matches(Expr typeExpr, PyBaseException exc) {
        PyObject t = in.eval(typeExpr);
        try {
            if (t instanceof PyTuple tuple) {
                for (PyObject o : tuple.items) {
                    if (o instanceof PyType ty && exc.type().isSubtypeOf(ty)) {
                        return true;
                    }
                }
                return false;
            }
            if (!(t instanceof PyType ty)) {
                throw in.typeError("catching classes that do not inherit from BaseException is not allowed");
            }
            return exc.type().isSubtypeOf(ty);
        } finally {
            in.heap.decref(t, RefReason.TEMPORARY, null);
        }
    }
}
