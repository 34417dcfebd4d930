package heapquest.engine.runtime;

import heapquest.engine.heap.*;
import heapquest.engine.trace.RefReason;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** print, id, hex, len, type, isinstance, the constructors of the built-in types, and friends. */
final class BuiltinFunctions {
    private final Interpreter in;
    private final Builtins b;
    private final ObjectSpace sp;
    private final Heap heap;

    BuiltinFunctions(Interpreter in, Builtins b) {
        this.in = in;
        this.b = b;
        this.sp = in.space;
        this.heap = in.heap;
    }

    void register() {
        b.function("print", (a, kw) -> {
            String sep = kwString(kw, "sep", " ");
            String end = kwString(kw, "end", "\n");
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < a.length; i++) {
                if (i > 0) {
                    out.append(sep);
                }
                out.append(in.ops.str(a[i]));
            }
            in.writeOut(out.append(end).toString());
            return sp.none;
        });
        b.function("id", (a, kw) -> sp.newInt(arg(a, 1, "id")[0].address()));
        b.function("hex", (a, kw) -> {
            BigInteger v = intArg(arg(a, 1, "hex")[0], "hex");
            return sp.newStr((v.signum() < 0 ? "-0x" : "0x") + v.abs().toString(16));
        });
        b.function("len", (a, kw) -> sp.newInt(length(arg(a, 1, "len")[0])));
        b.function("repr", (a, kw) -> sp.newStr(in.ops.repr(arg(a, 1, "repr")[0])));
        b.function("isinstance", (a, kw) -> {
            arg(a, 2, "isinstance");
            return sp.bool(isInstance(a[0], a[1]));
        });
        b.function("callable", (a, kw) -> sp.bool(a[0] instanceof PyFunction || a[0] instanceof PyBuiltin
                || a[0] instanceof PyType || a[0] instanceof PyBoundMethod));
        b.function("abs", (a, kw) -> {
            PyObject v = arg(a, 1, "abs")[0];
            if (v instanceof PyFloat f) {
                return sp.newFloat(Math.abs(f.value));
            }
            return sp.newInt(intArg(v, "abs").abs());
        });
        b.function("hash", (a, kw) -> {
            PyObject v = arg(a, 1, "hash")[0];
            HashKey k = HashKey.of(v);
            if (v instanceof PyInt || v instanceof PyBool) {
                return sp.newInt(k.pythonHash());
            }
            return sp.newInt(v.address() >> 4);
        });
        b.function("chr", (a, kw) -> b.charStr(intArg(arg(a, 1, "chr")[0], "chr").intValue()));
        b.function("ord", (a, kw) -> {
            PyObject v = arg(a, 1, "ord")[0];
            if (!(v instanceof PyStr s) || s.value.codePointCount(0, s.value.length()) != 1) {
                throw in.typeError("ord() expected a character");
            }
            return sp.newInt(s.value.codePointAt(0));
        });
        b.function("round", (a, kw) -> {
            PyObject v = a[0];
            if (a.length == 1 || a[1] == sp.none) {
                if (v instanceof PyInt) {
                    heap.incref(v, RefReason.TEMPORARY, null);
                    return v;
                }
                return sp.newInt(new java.math.BigDecimal(Ops.toDouble(v)).setScale(0, java.math.RoundingMode.HALF_EVEN).toBigInteger());
            }
            int digits = ((PyInt) a[1]).bigValue().intValue();
            if (v instanceof PyInt i) {
                if (digits >= 0) {
                    heap.incref(v, RefReason.TEMPORARY, null);
                    return v;
                }
                // round(1234, -2) == 1200: half-even at a power of ten, as int.__round__ does.
                return sp.newInt(new java.math.BigDecimal(i.bigValue()).setScale(digits, java.math.RoundingMode.HALF_EVEN)
                        .toBigInteger());
            }
            return sp.newFloat(new java.math.BigDecimal(Ops.toDouble(v)).setScale(digits, java.math.RoundingMode.HALF_EVEN).doubleValue());
        });
        b.function("sum", (a, kw) -> {
            List<PyObject> items = in.ops.toList(a[0]);
            PyObject acc = a.length > 1 ? a[1] : sp.smallInt(0);
            heap.incref(acc, RefReason.TEMPORARY, null);
            try {
                for (PyObject o : items) {
                    PyObject next = in.ops.binary(heapquest.engine.syntax.Expr.BinOperator.ADD, acc, o);
                    heap.decref(acc, RefReason.TEMPORARY, null);
                    acc = next;
                }
            } finally {
                in.releaseAll(items);
            }
            return acc;
        });
        b.function("min", (a, kw) -> extreme(a, kw, true));
        b.function("max", (a, kw) -> extreme(a, kw, false));
        b.function("any", (a, kw) -> {
            List<PyObject> items = in.ops.toList(a[0]);
            try {
                return sp.bool(items.stream().anyMatch(in.ops::truthy));
            } finally {
                in.releaseAll(items);
            }
        });
        b.function("all", (a, kw) -> {
            List<PyObject> items = in.ops.toList(a[0]);
            try {
                return sp.bool(items.stream().allMatch(in.ops::truthy));
            } finally {
                in.releaseAll(items);
            }
        });
        b.function("sorted", (a, kw) -> {
            PyList l = sp.newList(in.ops.toList(a[0]));
            b.sortList(l, kw);
            return l;
        });
        b.function("iter", (a, kw) -> in.ops.iter(arg(a, 1, "iter")[0]));
        b.function("next", (a, kw) -> {
            PyObject v = in.ops.next(a[0]);
            if (v == null) {
                if (a.length > 1) {
                    heap.incref(a[1], RefReason.TEMPORARY, null);
                    return a[1];
                }
                throw in.newError(sp.exceptions.stopIteration, null);
            }
            return v;
        });
        b.function("enumerate", (a, kw) -> {
            PyObject it = in.ops.iter(a[0]);
            PyIterator e = heap.allocate(new PyIterator(heap.nextSerial(), sp.enumerateType, PyIterator.Kind.ENUMERATE, new PyObject[] {it}), true);
            heap.noteSlot(e, "source", it);
            if (a.length > 1) {
                e.counter = ((PyInt) a[1]).small;
            }
            return e;
        });
        b.function("zip", (a, kw) -> {
            PyObject[] its = new PyObject[a.length];
            for (int i = 0; i < a.length; i++) {
                its[i] = in.ops.iter(a[i]);
            }
            PyIterator z = heap.allocate(new PyIterator(heap.nextSerial(), sp.zipType, PyIterator.Kind.ZIP, its), true);
            for (PyObject it : its) {
                heap.noteSlot(z, "source", it);
            }
            return z;
        });
        b.function("reversed", (a, kw) -> {
            PyObject v = arg(a, 1, "reversed")[0];
            if (v instanceof PyRange r) {
                long n = r.length();
                PyRange rev = heap.allocate(new PyRange(heap.nextSerial(), sp.rangeType, r.at(n - 1), r.start - r.step, -r.step), false);
                PyObject it = in.ops.iter(rev);
                heap.decref(rev, RefReason.TEMPORARY, null);
                return it;
            }
            if (!(v instanceof PyList || v instanceof PyTuple)) {
                List<PyObject> items = in.ops.toList(v);
                v = sp.newList(items);
            } else {
                heap.incref(v, RefReason.TEMPORARY, null);
            }
            PyIterator it = heap.allocate(new PyIterator(heap.nextSerial(), sp.reversedType, PyIterator.Kind.REVERSED, new PyObject[] {v}), true);
            heap.noteSlot(it, "source", v);
            return it;
        });
        b.function("vars", (a, kw) -> {
            throw in.error(sp.exceptions.notImplementedError, "vars() and __dict__ are not supported by heapquest");
        });
        registerTypes();
    }

    private void registerTypes() {
        b.type("object", sp.objectType);
        b.constructors.put(sp.objectType, (a, kw) -> heap.allocate(new PyInstance(heap.nextSerial(), sp.objectType), false));
        b.type("int", sp.intType);
        b.constructors.put(sp.intType, (a, kw) -> {
            if (a.length == 0) {
                return sp.smallInt(0);
            }
            PyObject v = a[0];
            if (v instanceof PyBool bo) {
                return sp.smallInt((int) bo.small);
            }
            if (v instanceof PyInt) {
                heap.incref(v, RefReason.TEMPORARY, null);
                return v;
            }
            if (v instanceof PyFloat f) {
                if (Double.isNaN(f.value) || Double.isInfinite(f.value)) {
                    throw in.error(Double.isNaN(f.value) ? sp.exceptions.valueError : sp.exceptions.overflowError,
                            Double.isNaN(f.value) ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer");
                }
                return sp.newInt(new java.math.BigDecimal(f.value).toBigInteger());
            }
            if (v instanceof PyStr s) {
                int radix = a.length > 1 ? ((PyInt) a[1]).bigValue().intValue() : 10;
                try {
                    return sp.newInt(new BigInteger(s.value.strip().replace("_", ""), radix));
                } catch (NumberFormatException e) {
                    throw in.error(sp.exceptions.valueError, "invalid literal for int() with base " + radix + ": " + in.ops.repr(v));
                }
            }
            throw in.typeError("int() argument must be a string, a bytes-like object or a real number, not '" + v.typeName() + "'");
        });
        b.type("float", sp.floatType);
        b.constructors.put(sp.floatType, (a, kw) -> {
            if (a.length == 0) {
                return sp.newFloat(0.0);
            }
            PyObject v = a[0];
            if (v instanceof PyStr s) {
                String t = s.value.strip().toLowerCase();
                try {
                    return sp.newFloat(switch (t) {
                        case "inf", "+inf", "infinity" -> Double.POSITIVE_INFINITY;
                        case "-inf", "-infinity" -> Double.NEGATIVE_INFINITY;
                        case "nan", "+nan", "-nan" -> Double.NaN;
                        default -> Double.parseDouble(t);
                    });
                } catch (NumberFormatException e) {
                    throw in.error(sp.exceptions.valueError, "could not convert string to float: " + in.ops.repr(v));
                }
            }
            if (v.type() == sp.floatType) {
                return sp.same(v);    // PyNumber_Float returns an exact float itself
            }
            if (Ops.isNumber(v)) {
                return sp.newFloat(Ops.toDouble(v));
            }
            throw in.typeError("float() argument must be a string or a real number, not '" + v.typeName() + "'");
        });
        b.type("bool", sp.boolType);
        b.constructors.put(sp.boolType, (a, kw) -> sp.bool(a.length > 0 && in.ops.truthy(a[0])));
        b.type("str", sp.strType);
        b.constructors.put(sp.strType, (a, kw) -> {
            if (a.length == 0) {
                return sp.emptyStr;
            }
            if (a[0] instanceof PyStr) {
                heap.incref(a[0], RefReason.TEMPORARY, null);
                return a[0];
            }
            return sp.newStr(in.ops.str(a[0]));
        });
        b.type("list", sp.listType);
        b.constructors.put(sp.listType, (a, kw) -> {
            PyList l = sp.newList(List.of());
            if (a.length > 0) {
                b.listExtend(l, in.ops.toList(a[0]));
            }
            return l;
        });
        b.type("tuple", sp.tupleType);
        b.constructors.put(sp.tupleType, (a, kw) -> {
            if (a.length == 0) {
                return sp.emptyTuple;
            }
            if (a[0] instanceof PyTuple) {
                heap.incref(a[0], RefReason.TEMPORARY, null);
                return a[0];
            }
            return sp.newTuple(in.ops.toList(a[0]).toArray(new PyObject[0]));
        });
        b.type("dict", sp.dictType);
        b.constructors.put(sp.dictType, (a, kw) -> {
            PyDict d = sp.newDict();
            if (a.length > 0) {
                b.dictUpdate(d, a[0]);
            }
            for (int i = 0; i < kw.names().size(); i++) {
                PyStr k = sp.newStr(kw.names().get(i));
                in.ops.dictSet(d, k, kw.values().get(i), RefReason.CONTAINER, null);
                heap.decref(k, RefReason.TEMPORARY, null);
            }
            return d;
        });
        b.type("set", sp.setType);
        b.constructors.put(sp.setType, (a, kw) -> {
            PySet s = sp.newSet();
            if (a.length > 0) {
                List<PyObject> items = in.ops.toList(a[0]);
                for (PyObject o : items) {
                    in.ops.setAdd(s, o);
                }
                in.releaseAll(items);
            }
            return s;
        });
        b.type("range", sp.rangeType);
        b.constructors.put(sp.rangeType, (a, kw) -> {
            long start = 0, stop, step = 1;
            if (a.length == 0 || a.length > 3) {
                throw in.typeError("range expected at least 1 argument, got " + a.length);
            }
            for (PyObject x : a) {
                if (!(x instanceof PyInt)) {
                    throw in.typeError("'" + x.typeName() + "' object cannot be interpreted as an integer");
                }
            }
            if (a.length == 1) {
                stop = ((PyInt) a[0]).small;
            } else {
                start = ((PyInt) a[0]).small;
                stop = ((PyInt) a[1]).small;
                if (a.length == 3) {
                    step = ((PyInt) a[2]).small;
                }
            }
            if (step == 0) {
                throw in.error(sp.exceptions.valueError, "range() arg 3 must not be zero");
            }
            return heap.allocate(new PyRange(heap.nextSerial(), sp.rangeType, start, stop, step), false);
        });
        b.type("type", sp.typeType);
        b.constructors.put(sp.typeType, (a, kw) -> {
            if (a.length != 1) {
                throw in.error(sp.exceptions.notImplementedError, "type() with three arguments is not supported by heapquest");
            }
            PyType t = a[0].type();
            heap.incref(t, RefReason.TEMPORARY, null);
            return t;
        });
        for (var e : sp.exceptions.byName.entrySet()) {
            b.type(e.getKey(), e.getValue());
        }
    }

    private PyObject extreme(PyObject[] a, Builtins.Kw kw, boolean min) {
        List<PyObject> items = a.length == 1 ? in.ops.toList(a[0]) : new ArrayList<>(List.of(a));
        if (a.length > 1) {
            items.forEach(o -> heap.incref(o, RefReason.TEMPORARY, null));
        }
        try {
            if (items.isEmpty()) {
                PyObject dflt = kw.get("default");
                if (dflt != null) {
                    heap.incref(dflt, RefReason.TEMPORARY, null);
                    return dflt;
                }
                throw in.error(sp.exceptions.valueError, (min ? "min" : "max") + "() arg is an empty sequence");
            }
            PyObject key = kw.get("key");
            PyObject best = items.get(0);
            PyObject bestKey = keyOf(key, best);
            for (PyObject o : items.subList(1, items.size())) {
                PyObject k = keyOf(key, o);
                boolean better = in.ops.order(min ? heapquest.engine.syntax.Expr.CmpOp.LT : heapquest.engine.syntax.Expr.CmpOp.GT, k, bestKey);
                if (better) {
                    heap.decref(bestKey, RefReason.TEMPORARY, null);
                    best = o;
                    bestKey = k;
                } else {
                    heap.decref(k, RefReason.TEMPORARY, null);
                }
            }
            heap.decref(bestKey, RefReason.TEMPORARY, null);
            heap.incref(best, RefReason.TEMPORARY, null);
            return best;
        } finally {
            in.releaseAll(items);
        }
    }

    PyObject keyOf(PyObject key, PyObject o) {
        if (key == null || key == sp.none) {
            heap.incref(o, RefReason.TEMPORARY, null);
            return o;
        }
        heap.incref(o, RefReason.ARGUMENT, null);
        return in.call(key, o);
    }

    private boolean isInstance(PyObject obj, PyObject cls) {
        if (cls instanceof PyTuple t) {
            for (PyObject c : t.items) {
                if (isInstance(obj, c)) {
                    return true;
                }
            }
            return false;
        }
        if (!(cls instanceof PyType t)) {
            throw in.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
        }
        return obj.type().isSubtypeOf(t);
    }

    long length(PyObject v) {
        if (v instanceof PyStr s) {
            return s.value.codePointCount(0, s.value.length());
        }
        if (v instanceof PyList l) {
            return l.size();
        }
        if (v instanceof PyTuple t) {
            return t.items.length;
        }
        if (v instanceof PyDict d) {
            return d.size();
        }
        if (v instanceof PySet s) {
            return s.size();
        }
        if (v instanceof PyRange r) {
            return r.length();
        }
        if (v instanceof WeakContainer w) {
            return w.entries.size();
        }
        if (v instanceof PyIterator view && view.counter == -1) {
            return ((PyDict) view.sources[0]).size();
        }
        if (v instanceof PyInstance && !(v instanceof PyBaseException)) {
            PyObject m = in.ops.lookupInType(v.type(), "__len__");
            if (m != null) {
                heap.incref(v, RefReason.ARGUMENT, "self");
                PyObject r = in.call(m, v);
                long n = ((PyInt) r).small;
                heap.decref(r, RefReason.TEMPORARY, null);
                return n;
            }
        }
        throw in.typeError("object of type '" + v.typeName() + "' has no len()");
    }

    private PyObject[] arg(PyObject[] a, int n, String name) {
        if (a.length != n) {
            throw in.typeError(name + "() takes exactly " + (n == 1 ? "one argument" : n + " arguments") + " (" + a.length + " given)");
        }
        return a;
    }

    private BigInteger intArg(PyObject v, String fn) {
        if (!(v instanceof PyInt i)) {
            throw in.typeError("'" + v.typeName() + "' object cannot be interpreted as an integer");
        }
        return i.bigValue();
    }

    private String kwString(Builtins.Kw kw, String name, String dflt) {
        PyObject v = kw.get(name);
        if (v == null || v == sp.none) {
            return dflt;
        }
        if (!(v instanceof PyStr s)) {
            throw in.typeError(name + " must be None or a string, not " + v.typeName());
        }
        return s.value;
    }
}
