package heapquest.engine.runtime;

import heapquest.engine.heap.PyCell;
import heapquest.engine.heap.PyDict;
import heapquest.engine.heap.PyFunction;
import heapquest.engine.heap.PyObject;
import heapquest.engine.heap.PyStr;
import heapquest.engine.heap.PyTuple;
import heapquest.engine.syntax.Expr.Lambda;
import heapquest.engine.syntax.Params;
import heapquest.engine.syntax.Stmt.FunctionDef;
import heapquest.engine.trace.RefReason;

import java.util.ArrayList;
import java.util.List;

/**
 * Moves a call's arguments into the callee's locals, filling defaults from __defaults__ and
 * __kwdefaults__, and raising CPython's TypeErrors for missing or unexpected arguments.
 */
final class ArgumentBinder {
    private final Interpreter in;

    ArgumentBinder(Interpreter in) {
        this.in = in;
    }

    void bind(PyFunction f, Frame callee, PyObject[] args, List<String> kwNames, List<PyObject> kwValues) {
        Code code = (Code) f.code.body;
        Params params = code.node instanceof FunctionDef d ? d.params() : ((Lambda) code.node).params();
        List<Params.Param> pos = params.positional();
        PyObject[] values = new PyObject[pos.size()];
        List<PyObject> extra = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (i < pos.size()) {
                values[i] = args[i];
            } else {
                extra.add(args[i]);
            }
        }
        String fname = f.name + "()";
        if (!extra.isEmpty() && params.varargs() == null) {
            release(values, extra, kwValues);
            int max = pos.size();
            throw in.typeError(fname + " takes " + max + " positional argument" + (max == 1 ? "" : "s")
                    + " but " + args.length + (args.length == 1 ? " was" : " were") + " given");
        }
        PyObject[] kwOnly = new PyObject[params.keywordOnly().size()];
        PyDict kwargs = params.kwargs() != null ? in.space.newDict() : null;
        for (int k = 0; k < kwNames.size(); k++) {
            String name = kwNames.get(k);
            int idx = indexOf(pos, name);
            int kidx = indexOf(params.keywordOnly(), name);
            if (idx >= 0) {
                if (values[idx] != null) {
                    release(values, extra, kwValues.subList(k, kwValues.size()));
                    throw in.typeError(fname + " got multiple values for argument '" + name + "'");
                }
                values[idx] = kwValues.get(k);
            } else if (kidx >= 0) {
                kwOnly[kidx] = kwValues.get(k);
            } else if (kwargs != null) {
                PyStr key = in.space.newStr(name);
                in.ops.dictSet(kwargs, key, kwValues.get(k), RefReason.CONTAINER, null);
                in.heap.decref(key, RefReason.TEMPORARY, null);
                in.heap.decref(kwValues.get(k), RefReason.TEMPORARY, null);
            } else {
                release(values, extra, kwValues.subList(k, kwValues.size()));
                throw in.typeError(fname + " got an unexpected keyword argument '" + name + "'");
            }
        }
        int firstDefault = pos.size() - (f.defaults == null ? 0 : f.defaults.items.length);
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < pos.size(); i++) {
            if (values[i] == null) {
                if (i >= firstDefault) {
                    values[i] = f.defaults.items[i - firstDefault];
                    in.heap.incref(values[i], RefReason.TEMPORARY, null);
                } else {
                    missing.add("'" + pos.get(i).name() + "'");
                }
            }
        }
        for (int i = 0; i < kwOnly.length; i++) {
            if (kwOnly[i] == null) {
                PyObject d = f.kwdefaults == null ? null : f.kwdefaults.getStr(params.keywordOnly().get(i).name());
                if (d != null) {
                    kwOnly[i] = d;
                    in.heap.incref(d, RefReason.TEMPORARY, null);
                }
            }
        }
        if (!missing.isEmpty()) {
            release(values, extra, List.of());
            release(kwOnly, List.of(), List.of());
            throw in.typeError(fname + " missing " + missing.size() + " required positional argument"
                    + (missing.size() == 1 ? "" : "s") + ": " + joinNames(missing));
        }
        Frame saved = in.frame;
        in.frame = callee;
        try {
            for (int i = 0; i < pos.size(); i++) {
                store(callee, pos.get(i).name(), values[i]);
            }
            if (params.varargs() != null) {
                PyTuple t = in.space.newTuple(extra.toArray(new PyObject[0]));
                store(callee, params.varargs().name(), t);
            }
            for (int i = 0; i < kwOnly.length; i++) {
                if (kwOnly[i] == null) {
                    throw in.typeError(fname + " missing 1 required keyword-only argument: '" + params.keywordOnly().get(i).name() + "'");
                }
                store(callee, params.keywordOnly().get(i).name(), kwOnly[i]);
            }
            if (kwargs != null) {
                store(callee, params.kwargs().name(), kwargs);
            }
            // Closure cells of the function become the callee's free-variable cells.
            if (f.closure != null) {
                List<String> free = Interpreter.freeVarsOf(code);
                for (int i = 0; i < free.size() && i < f.closure.items.length; i++) {
                    PyCell cell = (PyCell) f.closure.items[i];
                    int idx = code.cellNames.indexOf(free.get(i));
                    in.heap.incref(cell, RefReason.CLOSURE_CELL, free.get(i));
                    callee.cells[idx] = cell;
                    if (cell.contents != null) {
                        in.sink.bound(callee.id, free.get(i), cell.contents.serial);
                    }
                }
            }
        } finally {
            in.frame = saved;
        }
    }

    /** An argument moves into the local: the caller's reference becomes the frame's. */
    private void store(Frame callee, String name, PyObject v) {
        in.storeName(name, v);
    }

    private static int indexOf(List<Params.Param> ps, String name) {
        for (int i = 0; i < ps.size(); i++) {
            if (ps.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static String joinNames(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private void release(PyObject[] values, List<PyObject> extra, List<PyObject> kw) {
        for (PyObject o : values) {
            if (o != null) {
                in.heap.decref(o, RefReason.TEMPORARY, null);
            }
        }
        in.releaseAll(extra);
        in.releaseAll(kw);
    }
}
