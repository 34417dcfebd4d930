package heapquest.engine.runtime;

import heapquest.engine.heap.PyDict;
import heapquest.engine.heap.PyFunction;
import heapquest.engine.heap.PyList;
import heapquest.engine.heap.PyObject;
import heapquest.engine.heap.PySet;
import heapquest.engine.syntax.Expr;
import heapquest.engine.syntax.Expr.Comprehension;
import heapquest.engine.syntax.Expr.DictComp;
import heapquest.engine.syntax.Expr.ListComp;
import heapquest.engine.syntax.Expr.SetComp;
import heapquest.engine.trace.RefReason;

import java.util.List;

/**
 * List, set and dict comprehensions. In 3.11 each is a function of its own, called with the iterator
 * of the first iterable, so its loop variables live in its own frame and vanish when it returns.
 */
final class Comprehensions {
    private final Interpreter in;

    Comprehensions(Interpreter in) {
        this.in = in;
    }

    PyObject eval(Expr e, Code code) {
        List<Comprehension> gens = e instanceof ListComp l ? l.generators()
                : e instanceof SetComp s ? s.generators()
                : e instanceof Expr.GeneratorExp g ? g.generators() : ((DictComp) e).generators();
        PyObject iterable = in.eval(gens.get(0).iter());
        PyObject it;
        try {
            it = in.ops.iter(iterable);
        } finally {
            in.heap.decref(iterable, RefReason.TEMPORARY, null);
        }
        PyFunction fn = in.heap.allocate(new PyFunction(in.heap.nextSerial(), in.space.functionType, code.name, code.qualname), true);
        fn.code = code.pyCode;
        in.heap.incref(fn.code, RefReason.INTERNAL, "__code__");
        Frame outer = in.frame;
        // free variables of the comprehension are the enclosing frame's cells
        Frame callee = in.pushFrame(code, fn, null);
        for (String free : Interpreter.freeVarsOf(code)) {
            Code.Access a = outer.code.resolve(free);
            if (a instanceof Code.Access.Cell c && outer.cells[c.index()] != null) {
                in.heap.incref(outer.cells[c.index()], RefReason.CLOSURE_CELL, free);
                callee.cells[code.cellNames.indexOf(free)] = outer.cells[c.index()];
            }
        }
        in.storeName(".0", it);
        PyObject result = e instanceof ListComp || e instanceof Expr.GeneratorExp ? in.space.newList(List.of())
                : e instanceof SetComp ? in.space.newSet() : in.space.newDict();
        try {
            loop(e, gens, 0, result, code);
        } catch (PyError err) {
            in.addTraceback(err, callee);
            in.leaveFrame(callee, outer);
            in.heap.decref(result, RefReason.TEMPORARY, null);
            in.heap.decref(fn, RefReason.TEMPORARY, null);
            throw err;
        }
        in.leaveFrame(callee, outer);
        in.heap.decref(fn, RefReason.TEMPORARY, null);
        if (e instanceof Expr.GeneratorExp) {
            // Generators are not modelled: a generator expression is evaluated eagerly and iterated.
            PyObject iterator = in.ops.iter(result);
            in.heap.decref(result, RefReason.TEMPORARY, null);
            return iterator;
        }
        return result;
    }

    private void loop(Expr e, List<Comprehension> gens, int i, PyObject result, Code code) {
        Comprehension g = gens.get(i);
        PyObject it;
        if (i == 0) {
            it = in.frame.fast[code.fastNames.indexOf(".0")];
            in.heap.incref(it, RefReason.TEMPORARY, null);
        } else {
            PyObject iterable = in.eval(g.iter());
            try {
                it = in.ops.iter(iterable);
            } finally {
                in.heap.decref(iterable, RefReason.TEMPORARY, null);
            }
        }
        try {
            PyObject item;
            while ((item = in.ops.next(it)) != null) {
                in.assign(g.target(), item);
                boolean keep = true;
                for (Expr cond : g.ifs()) {
                    if (!in.truthyConsume(in.eval(cond))) {
                        keep = false;
                        break;
                    }
                }
                if (!keep) {
                    continue;
                }
                if (i + 1 < gens.size()) {
                    loop(e, gens, i + 1, result, code);
                } else {
                    add(e, result);
                }
            }
        } finally {
            in.heap.decref(it, RefReason.ITERATOR, "comprehension");
        }
    }

    private void add(Expr e, PyObject result) {
        if (e instanceof ListComp || e instanceof Expr.GeneratorExp) {
            PyObject v = in.eval(e instanceof ListComp l ? l.elt() : ((Expr.GeneratorExp) e).elt());
            in.builtins.listAppend((PyList) result, v);
            in.heap.decref(v, RefReason.TEMPORARY, null);
        } else if (e instanceof SetComp s) {
            PyObject v = in.eval(s.elt());
            in.ops.setAdd((PySet) result, v);
            in.heap.decref(v, RefReason.TEMPORARY, null);
        } else {
            DictComp d = (DictComp) e;
            PyObject k = in.eval(d.key());
            PyObject v = in.eval(d.value());
            in.ops.dictSet((PyDict) result, k, v, RefReason.CONTAINER, null);
            in.heap.decref(k, RefReason.TEMPORARY, null);
            in.heap.decref(v, RefReason.TEMPORARY, null);
        }
    }
}
