package heapquest.engine.runtime;

import heapquest.engine.heap.Heap;
import heapquest.engine.heap.PyCell;
import heapquest.engine.heap.PyDict;
import heapquest.engine.heap.PyFrame;
import heapquest.engine.heap.PyFunction;
import heapquest.engine.heap.PyObject;

/**
 * An executing code object: its fast locals and cells (functions), or its namespace dict (module,
 * class body). Each frame holds one reference per bound local, as CPython's frames do.
 */
final class Frame implements PyFrame.FrameLocals {
    final int id;
    final Code code;
    final Frame back;
    final PyFunction function;
    final PyDict globals;
    /** Module and class bodies bind names here; null in functions. */
    final PyDict namespace;
    final PyObject[] fast;
    final PyCell[] cells;
    int line;
    /** The frame object, once a traceback needed one. */
    PyFrame frameObject;
    final int depth;

    Frame(int id, Code code, Frame back, PyFunction function, PyDict globals, PyDict namespace) {
        this.id = id;
        this.code = code;
        this.back = back;
        this.function = function;
        this.globals = globals;
        this.namespace = namespace;
        this.fast = code.isFunctionLike() ? new PyObject[code.fastNames.size()] : null;
        this.cells = new PyCell[code.cellNames.size()];
        this.depth = back == null ? 1 : back.depth + 1;
    }

    String functionName() {
        return code.name;
    }

    @Override
    public void traverse(PyObject.RefVisitor v) {
        if (fast != null) {
            for (int i = 0; i < fast.length; i++) {
                if (fast[i] != null) {
                    v.visit(code.fastNames.get(i), fast[i]);
                }
            }
        }
        for (PyCell c : cells) {
            if (c != null) {
                v.visit("cell", c);
            }
        }
    }

    /** Drops the frame's references to its locals (at return, or when its frame object dies). */
    @Override
    public void release(Heap heap) {
        if (fast != null) {
            for (int i = 0; i < fast.length; i++) {
                PyObject o = fast[i];
                if (o != null) {
                    fast[i] = null;
                    String name = code.fastNames.get(i);
                    if (!code.cellNames.contains(name)) {
                        heap.sink().unbound(id, name);
                    }
                    heap.decref(o, heapquest.engine.trace.RefReason.NAME, name);
                }
            }
        }
        for (int i = 0; i < cells.length; i++) {
            PyCell c = cells[i];
            if (c != null) {
                cells[i] = null;
                heap.sink().unbound(id, code.cellNames.get(i));
                heap.decref(c, heapquest.engine.trace.RefReason.CLOSURE_CELL, code.cellNames.get(i));
            }
        }
    }
}
