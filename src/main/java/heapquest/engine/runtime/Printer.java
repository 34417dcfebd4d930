package heapquest.engine.runtime;

import heapquest.engine.heap.*;
import heapquest.engine.trace.RefReason;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** repr() and str() of every value, as CPython 3.11 prints them (with "[...]" for recursive containers). */
final class Printer {
    private final Interpreter in;
    private final Map<PyObject, Boolean> active = new IdentityHashMap<>();

    Printer(Interpreter in) {
        this.in = in;
    }

    String str(PyObject v) {
        if (v instanceof PyStr s) {
            return s.value;
        }
        if (v instanceof PyBaseException e) {
            PyObject custom = in.ops.lookupInType(e.type(), "__str__");
            if (custom != null) {
                return callText(custom, v);
            }
            if (e.args == null || e.args.items.length == 0) {
                return "";
            }
            if (e.args.items.length == 1) {
                return e.type().name.equals("KeyError") ? repr(e.args.items[0]) : str(e.args.items[0]);
            }
            return repr(e.args);
        }
        if (v instanceof PyInstance) {
            PyObject custom = in.ops.lookupInType(v.type(), "__str__");
            if (custom != null) {
                return callText(custom, v);
            }
        }
        return repr(v);
    }

    String repr(PyObject v) {
        if (v instanceof PyStr || v instanceof PyInt || v instanceof PyFloat || v instanceof PySingleton || v instanceof PyRange) {
            return v.summary();
        }
        if (v instanceof PyList || v instanceof PyTuple || v instanceof PyDict || v instanceof PySet) {
            if (active.containsKey(v)) {
                return v instanceof PyList ? "[...]" : v instanceof PyDict ? "{...}" : "(...)";
            }
            active.put(v, Boolean.TRUE);
            try {
                return container(v);
            } finally {
                active.remove(v);
            }
        }
        if (v instanceof PyInstance inst && !(v instanceof PyBaseException)) {
            PyObject custom = in.ops.lookupInType(v.type(), "__repr__");
            if (custom != null) {
                return callText(custom, v);
            }
            return "<" + inst.type().qualifiedName() + " object at " + hex(v) + ">";
        }
        if (v instanceof PyBaseException e) {
            String args = e.args == null || e.args.items.length == 0 ? "" : e.args.items.length == 1 ? repr(e.args.items[0]) : repr(e.args).substring(1, repr(e.args).length() - 1);
            if (e.args != null && e.args.items.length > 1) {
                String r = repr(e.args);
                args = r.substring(1, r.length() - 1);
            }
            return e.type().name + "(" + args + ")";
        }
        if (v instanceof PyType t) {
            return "<class '" + t.qualifiedName() + "'>";
        }
        if (v instanceof PyFunction f) {
            return "<function " + f.qualname + " at " + hex(v) + ">";
        }
        if (v instanceof PyBoundMethod m) {
            String qual = m.function instanceof PyFunction f ? f.qualname : "?";
            return "<bound method " + qual + " of " + repr(m.self) + ">";
        }
        if (v instanceof PyBuiltin b) {
            if (b.self == null || b.self instanceof PyModule) {
                return "<built-in function " + b.name + ">";
            }
            return "<built-in method " + b.name + " of " + b.self.typeName() + " object at " + hex(b.self) + ">";
        }
        if (v instanceof PyWeakref w) {
            if (w.target == null) {
                return "<weakref at " + hex(w) + "; dead>";
            }
            return "<weakref at " + hex(w) + "; to '" + w.target.type().qualifiedNameForWeakref() + "' at " + hex(w.target) + ">";
        }
        if (v instanceof PyModule m) {
            return m.name.equals("sys") || m.name.equals("gc") ? "<module '" + m.name + "' (built-in)>"
                    : "<module '" + m.name + "' from '/usr/lib/python3.11/" + m.name + ".py'>";
        }
        if (v instanceof PyCell c) {
            return c.contents == null ? "<cell at " + hex(v) + ": empty>"
                    : "<cell at " + hex(v) + ": " + c.contents.typeName() + " object at " + hex(c.contents) + ">";
        }
        String special = in.builtins.reprSpecial(v);
        if (special != null) {
            return special;
        }
        return "<" + v.typeName() + " object at " + hex(v) + ">";
    }

    static String hex(PyObject v) {
        return "0x" + Long.toHexString(v.address());
    }

    private String container(PyObject v) {
        StringBuilder b = new StringBuilder();
        if (v instanceof PyList l) {
            return join("[", l.items, "]");
        }
        if (v instanceof PyTuple t) {
            return t.items.length == 1 ? "(" + repr(t.items[0]) + ",)" : join("(", List.of(t.items), ")");
        }
        if (v instanceof PySet s) {
            return s.size() == 0 ? "set()" : join("{", s.ordered(), "}");
        }
        PyDict d = (PyDict) v;
        b.append('{');
        boolean first = true;
        for (PyDict.Entry e : d.entries.values()) {
            if (!first) {
                b.append(", ");
            }
            first = false;
            b.append(repr(e.key)).append(": ").append(repr(e.value));
        }
        return b.append('}').toString();
    }

    private String join(String open, List<PyObject> items, String close) {
        StringBuilder b = new StringBuilder(open);
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append(repr(items.get(i)));
        }
        return b.append(close).toString();
    }

    private String callText(PyObject method, PyObject self) {
        in.heap.incref(self, RefReason.ARGUMENT, "self");
        PyObject r = in.call(method, self);
        try {
            if (!(r instanceof PyStr s)) {
                throw in.typeError("__str__ returned non-string (type " + r.typeName() + ")");
            }
            return s.value;
        } finally {
            in.heap.decref(r, RefReason.TEMPORARY, null);
        }
    }
}
