package heapquest.engine.runtime;

import heapquest.engine.heap.*;
import heapquest.engine.syntax.Expr.BinOperator;
import heapquest.engine.syntax.Expr.CmpOp;
import heapquest.engine.syntax.Expr.UnaryOperator;
import heapquest.engine.trace.RefReason;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Python's operators and protocols: arithmetic, comparison, truth, repr/str, attributes, items, iteration. */
final class Ops {
    private final Interpreter in;
    private final ObjectSpace sp;
    private final Heap heap;

    Ops(Interpreter in) {
        this.in = in;
        this.sp = in.space;
        this.heap = in.heap;
    }

    // ---------------------------------------------------------------- arithmetic

    PyObject binary(BinOperator op, PyObject l, PyObject r) {
        if (l instanceof PyInt a && r instanceof PyInt b) {
            return intOp(op, a, b);
        }
        if (isNumber(l) && isNumber(r)) {
            return floatOp(op, toDouble(l), toDouble(r));
        }
        if (l instanceof PyStr a && r instanceof PyStr b && op == BinOperator.ADD) {
            // PyUnicode_Concat hands back the other operand itself when one side is "".
            if (a.value.isEmpty()) {
                return sp.strResult(b, b.value);
            }
            return sp.strResult(a, checkedLength(a.value + b.value));
        }
        if (op == BinOperator.MUL && (l instanceof PyStr || l instanceof PyList || l instanceof PyTuple) && r instanceof PyInt n) {
            return repeat(l, n);
        }
        if (op == BinOperator.MUL && l instanceof PyInt n && (r instanceof PyStr || r instanceof PyList || r instanceof PyTuple)) {
            return repeat(r, n);
        }
        if (op == BinOperator.ADD && l instanceof PyList a && r instanceof PyList b) {
            List<PyObject> items = new ArrayList<>(a.items);
            items.addAll(b.items);
            items.forEach(o -> heap.incref(o, RefReason.CONTAINER, null));
            return sp.newList(items);
        }
        if (op == BinOperator.ADD && l instanceof PyTuple a && r instanceof PyTuple b) {
            // tupleconcat: adding () to an exact tuple gives that tuple itself.
            if (a.items.length == 0 && b.type() == sp.tupleType) {
                return sp.same(b);
            }
            if (b.items.length == 0 && a.type() == sp.tupleType) {
                return sp.same(a);
            }
            PyObject[] items = new PyObject[a.items.length + b.items.length];
            System.arraycopy(a.items, 0, items, 0, a.items.length);
            System.arraycopy(b.items, 0, items, a.items.length, b.items.length);
            for (PyObject o : items) {
                heap.incref(o, RefReason.CONTAINER, null);
            }
            return sp.newTuple(items);
        }
        if (op == BinOperator.MOD && l instanceof PyStr) {
            throw in.error(sp.exceptions.notImplementedError, "'%' string formatting is not supported by heapquest; use an f-string");
        }
        if (l instanceof PySet a && r instanceof PySet b && (op == BinOperator.BITOR || op == BinOperator.BITAND || op == BinOperator.SUB || op == BinOperator.BITXOR)) {
            return setOp(op, a, b);
        }
        PyObject viaDunder = callDunder(l, dunderName(op), r);
        if (viaDunder != null) {
            return viaDunder;
        }
        if (op == BinOperator.ADD && (l instanceof PyList || l instanceof PyTuple)) {
            throw in.typeError("can only concatenate " + l.typeName() + " (not \"" + r.typeName() + "\") to " + l.typeName());
        }
        if (op == BinOperator.ADD && l instanceof PyStr) {
            throw in.typeError("can only concatenate str (not \"" + r.typeName() + "\") to str");
        }
        throw in.typeError("unsupported operand type(s) for " + op.symbol + ": '" + l.typeName() + "' and '" + r.typeName() + "'");
    }

    private static String dunderName(BinOperator op) {
        return switch (op) {
            case ADD -> "__add__";
            case SUB -> "__sub__";
            case MUL -> "__mul__";
            case DIV -> "__truediv__";
            case FLOORDIV -> "__floordiv__";
            case MOD -> "__mod__";
            case POW -> "__pow__";
            case LSHIFT -> "__lshift__";
            case RSHIFT -> "__rshift__";
            case BITOR -> "__or__";
            case BITXOR -> "__xor__";
            case BITAND -> "__and__";
        };
    }

    private PyObject callDunder(PyObject self, String name, PyObject arg) {
        if (!(self instanceof PyInstance) || self instanceof PyBaseException) {
            return null;
        }
        PyObject m = lookupInType(self.type(), name);
        if (m == null) {
            return null;
        }
        heap.incref(self, RefReason.ARGUMENT, "self");
        heap.incref(arg, RefReason.ARGUMENT, null);
        return in.call(m, self, arg);
    }

    /** x op= y: lists extend in place (the same object); everything else rebinds to a new result. */
    PyObject inplace(BinOperator op, PyObject l, PyObject r) {
        if (l instanceof PyList list && op == BinOperator.ADD) {
            List<PyObject> items = toList(r);
            in.builtins.listExtend(list, items);
            heap.incref(list, RefReason.TEMPORARY, null);
            return list;
        }
        if (l instanceof PyList list && op == BinOperator.MUL && r instanceof PyInt n) {
            List<PyObject> copy = new ArrayList<>(list.items);
            long times = Math.max(0, n.small);
            in.builtins.listClearOrRepeat(list, copy, times);
            heap.incref(list, RefReason.TEMPORARY, null);
            return list;
        }
        if (l instanceof PyInstance && !(l instanceof PyBaseException)) {
            PyObject m = lookupInType(l.type(), "__i" + dunderName(op).substring(2));
            if (m != null) {
                heap.incref(l, RefReason.ARGUMENT, "self");
                heap.incref(r, RefReason.ARGUMENT, null);
                return in.call(m, l, r);
            }
        }
        return binary(op, l, r);
    }

    private PyObject intOp(BinOperator op, PyInt a, PyInt b) {
        if (a.fitsLong() && b.fitsLong()) {
            long x = a.small, y = b.small;
            switch (op) {
                case ADD: {
                    long s = x + y;
                    if (((x ^ s) & (y ^ s)) >= 0) {
                        return sp.newInt(s);
                    }
                    break;
                }
                case SUB: {
                    long s = x - y;
                    if (((x ^ y) & (x ^ s)) >= 0) {
                        return sp.newInt(s);
                    }
                    break;
                }
                case MUL: {
                    long hi = Math.multiplyHigh(x, y);
                    long lo = x * y;
                    if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                        return sp.newInt(lo);
                    }
                    break;
                }
                default:
                    break;
            }
        }
        BigInteger x = a.bigValue(), y = b.bigValue();
        switch (op) {
            case ADD:
                return sp.newInt(x.add(y));
            case SUB:
                return sp.newInt(x.subtract(y));
            case MUL:
                return sp.newInt(checkedInt(x.multiply(y)));
            case FLOORDIV:
                zeroCheck(y, "integer division or modulo by zero");
                return sp.newInt(Numbers.floorDiv(x, y));
            case MOD:
                zeroCheck(y, "integer division or modulo by zero");
                return sp.newInt(Numbers.floorMod(x, y));
            case DIV:
                zeroCheck(y, "division by zero");
                return sp.newFloat(new java.math.BigDecimal(x).divide(new java.math.BigDecimal(y), java.math.MathContext.DECIMAL64).doubleValue());
            case POW:
                if (y.signum() < 0) {
                    if (x.signum() == 0) {
                        throw in.error(sp.exceptions.zeroDivisionError, "0.0 cannot be raised to a negative power");
                    }
                    return sp.newFloat(Math.pow(x.doubleValue(), y.doubleValue()));
                }
                if ((long) x.bitLength() * y.longValue() > 1_000_000) {
                    throw in.error(sp.exceptions.memoryError, "integer result too large for heapquest's limits");
                }
                return sp.newInt(x.pow(y.intValueExact()));
            case LSHIFT:
                if (y.signum() < 0) {
                    throw in.error(sp.exceptions.valueError, "negative shift count");
                }
                if (y.longValue() > 1_000_000) {
                    throw in.error(sp.exceptions.memoryError, "integer result too large for heapquest's limits");
                }
                return sp.newInt(x.shiftLeft(y.intValue()));
            case RSHIFT:
                if (y.signum() < 0) {
                    throw in.error(sp.exceptions.valueError, "negative shift count");
                }
                return sp.newInt(x.shiftRight((int) Math.min(y.longValue(), Integer.MAX_VALUE)));
            case BITAND:
                return sp.newInt(x.and(y));
            case BITOR:
                return sp.newInt(x.or(y));
            case BITXOR:
                return sp.newInt(x.xor(y));
            default:
                throw new IllegalStateException(op.toString());
        }
    }

    private BigInteger checkedInt(BigInteger v) {
        if (v.bitLength() > 1_000_000) {
            throw in.error(sp.exceptions.memoryError, "integer result too large for heapquest's limits");
        }
        return v;
    }

    private void zeroCheck(BigInteger y, String msg) {
        if (y.signum() == 0) {
            throw in.error(sp.exceptions.zeroDivisionError, msg);
        }
    }

    private PyObject floatOp(BinOperator op, double x, double y) {
        switch (op) {
            case ADD:
                return sp.newFloat(x + y);
            case SUB:
                return sp.newFloat(x - y);
            case MUL:
                return sp.newFloat(x * y);
            case DIV:
                if (y == 0) {
                    throw in.error(sp.exceptions.zeroDivisionError, "float division by zero");
                }
                return sp.newFloat(x / y);
            case FLOORDIV:
                if (y == 0) {
                    throw in.error(sp.exceptions.zeroDivisionError, "float floor division by zero");
                }
                return sp.newFloat(Math.floor(x / y));
            case MOD:
                if (y == 0) {
                    throw in.error(sp.exceptions.zeroDivisionError, "float modulo");
                }
                return sp.newFloat(Numbers.floatMod(x, y));
            case POW:
                return sp.newFloat(Math.pow(x, y));
            default:
                throw in.typeError("unsupported operand type(s) for " + op.symbol + ": 'float' and 'float'");
        }
    }

    static boolean isNumber(PyObject o) {
        return o instanceof PyInt || o instanceof PyFloat;
    }

    static double toDouble(PyObject o) {
        return o instanceof PyFloat f ? f.value : ((PyInt) o).bigValue().doubleValue();
    }

    private String checkedLength(String s) {
        if (s.length() > in.limits.maxStringLength()) {
            throw in.error(sp.exceptions.memoryError, "string longer than heapquest's limit of " + in.limits.maxStringLength());
        }
        return s;
    }

    private PyObject repeat(PyObject seq, PyInt n) {
        long times = n.fitsLong() ? Math.max(0, n.small) : 0;
        if (seq instanceof PyStr s) {
            if (s.value.length() * times > in.limits.maxStringLength()) {
                throw in.error(sp.exceptions.memoryError, "string longer than heapquest's limit of " + in.limits.maxStringLength());
            }
            return sp.strResult(s, s.value.repeat((int) times));
        }
        // tuplerepeat: an exact tuple times 1 (or an empty one times anything) is that tuple itself.
        if (seq instanceof PyTuple t && t.type() == sp.tupleType && (times == 1 || t.items.length == 0)) {
            return sp.same(t);
        }
        List<PyObject> src = seq instanceof PyList l ? l.items : List.of(((PyTuple) seq).items);
        if (src.size() * times > in.limits.maxCollectionSize()) {
            throw in.error(sp.exceptions.memoryError, "sequence longer than heapquest's limit of " + in.limits.maxCollectionSize());
        }
        List<PyObject> out = new ArrayList<>();
        for (long i = 0; i < times; i++) {
            for (PyObject o : src) {
                heap.incref(o, RefReason.CONTAINER, null);
                out.add(o);
            }
        }
        if (seq instanceof PyList) {
            PyList l = sp.newList(out);
            return l;
        }
        return sp.newTuple(out.toArray(new PyObject[0]));
    }

    private PyObject setOp(BinOperator op, PySet a, PySet b) {
        PySet out = sp.newSet();
        for (PyObject o : a.ordered()) {
            boolean inB = b.contains(o);
            if (op == BinOperator.BITOR || (op == BinOperator.BITAND && inB) || ((op == BinOperator.SUB || op == BinOperator.BITXOR) && !inB)) {
                setAdd(out, o);
            }
        }
        if (op == BinOperator.BITOR || op == BinOperator.BITXOR) {
            for (PyObject o : b.ordered()) {
                if (op == BinOperator.BITOR || !a.contains(o)) {
                    setAdd(out, o);
                }
            }
        }
        return out;
    }

    PyObject unary(UnaryOperator op, PyObject v) {
        switch (op) {
            case NOT:
                return sp.bool(!truthy(v));
            case NEG:
                if (v instanceof PyInt i) {
                    return i.fitsLong() && i.small != Long.MIN_VALUE ? sp.newInt(-i.small) : sp.newInt(i.bigValue().negate());
                }
                if (v instanceof PyFloat f) {
                    return sp.newFloat(-f.value);
                }
                break;
            case POS:
                if (v instanceof PyBool b) {
                    return sp.newInt(b.small);
                }
                if (v instanceof PyInt || v instanceof PyFloat) {
                    heap.incref(v, RefReason.TEMPORARY, null);
                    return v;
                }
                break;
            case INVERT:
                if (v instanceof PyInt i) {
                    return sp.newInt(i.bigValue().not());
                }
                break;
        }
        throw in.typeError("bad operand type for unary " + op.symbol + ": '" + v.typeName() + "'");
    }

    // ---------------------------------------------------------------- comparison and truth

    PyObject compare(CmpOp op, PyObject l, PyObject r) {
        return switch (op) {
            case IS -> sp.bool(l == r);
            case IS_NOT -> sp.bool(l != r);
            case EQ -> sp.bool(eq(l, r));
            case NE -> sp.bool(!eq(l, r));
            case IN -> sp.bool(contains(r, l));
            case NOT_IN -> sp.bool(!contains(r, l));
            default -> sp.bool(order(op, l, r));
        };
    }

    boolean eq(PyObject l, PyObject r) {
        if (l == r && !(l instanceof PyFloat f && Double.isNaN(f.value))) {
            return true;
        }
        if (isNumber(l) && isNumber(r)) {
            if (l instanceof PyInt a && r instanceof PyInt b) {
                return a.fitsLong() && b.fitsLong() ? a.small == b.small : a.bigValue().equals(b.bigValue());
            }
            return numCompare(l, r) == 0 && !(l instanceof PyFloat f && Double.isNaN(f.value)) && !(r instanceof PyFloat g && Double.isNaN(g.value));
        }
        if (l instanceof PyStr a && r instanceof PyStr b) {
            return a.value.equals(b.value);
        }
        if (l instanceof PyTuple a && r instanceof PyTuple b) {
            return seqEq(List.of(a.items), List.of(b.items));
        }
        if (l instanceof PyList a && r instanceof PyList b) {
            return seqEq(a.items, b.items);
        }
        if (l instanceof PyDict a && r instanceof PyDict b) {
            if (a.size() != b.size()) {
                return false;
            }
            for (PyDict.Entry e : a.entries.values()) {
                PyObject other = b.get(e.key);
                if (other == null || !eq(e.value, other)) {
                    return false;
                }
            }
            return true;
        }
        if (l instanceof PySet a && r instanceof PySet b) {
            return a.size() == b.size() && a.members.keySet().containsAll(b.members.keySet());
        }
        if (l instanceof PyRange a && r instanceof PyRange b) {
            return a.length() == b.length() && (a.length() == 0 || (a.start == b.start && (a.length() == 1 || a.step == b.step)));
        }
        if (l instanceof PyBoundMethod a && r instanceof PyBoundMethod b) {
            return a.self == b.self && a.function == b.function;
        }
        if (l instanceof PyWeakref a && r instanceof PyWeakref b) {
            return a.alive() && b.alive() ? eq(a.target, b.target) : a == b;
        }
        PyObject res = callDunder(l, "__eq__", r);
        if (res == null) {
            res = callDunder(r, "__eq__", l);
        }
        if (res != null) {
            boolean t = truthy(res);
            heap.decref(res, RefReason.TEMPORARY, null);
            return t;
        }
        return false;
    }

    private boolean seqEq(List<PyObject> a, List<PyObject> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!eq(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private int numCompare(PyObject l, PyObject r) {
        if (l instanceof PyInt a && r instanceof PyInt b) {
            return a.fitsLong() && b.fitsLong() ? Long.compare(a.small, b.small) : a.bigValue().compareTo(b.bigValue());
        }
        return Double.compare(toDouble(l), toDouble(r));
    }

    boolean order(CmpOp op, PyObject l, PyObject r) {
        int c;
        if (isNumber(l) && isNumber(r)) {
            if ((l instanceof PyFloat f && Double.isNaN(f.value)) || (r instanceof PyFloat g && Double.isNaN(g.value))) {
                return false;
            }
            c = numCompare(l, r);
        } else if (l instanceof PyStr a && r instanceof PyStr b) {
            c = a.value.compareTo(b.value);
        } else if ((l instanceof PyList && r instanceof PyList) || (l instanceof PyTuple && r instanceof PyTuple)) {
            List<PyObject> a = toListBorrowed(l), b = toListBorrowed(r);
            int i = 0;
            while (i < a.size() && i < b.size() && eq(a.get(i), b.get(i))) {
                i++;
            }
            if (i < a.size() && i < b.size()) {
                return order(op, a.get(i), b.get(i));
            }
            c = Integer.compare(a.size(), b.size());
        } else {
            String name = switch (op) {
                case LT -> "__lt__";
                case LE -> "__le__";
                case GT -> "__gt__";
                default -> "__ge__";
            };
            PyObject res = callDunder(l, name, r);
            if (res != null) {
                boolean t = truthy(res);
                heap.decref(res, RefReason.TEMPORARY, null);
                return t;
            }
            throw in.typeError("'" + op.symbol + "' not supported between instances of '" + l.typeName() + "' and '" + r.typeName() + "'");
        }
        return switch (op) {
            case LT -> c < 0;
            case LE -> c <= 0;
            case GT -> c > 0;
            default -> c >= 0;
        };
    }

    boolean contains(PyObject container, PyObject item) {
        if (container instanceof PyStr s) {
            if (!(item instanceof PyStr sub)) {
                throw in.typeError("'in <string>' requires string as left operand, not " + item.typeName());
            }
            return s.value.contains(sub.value);
        }
        if (container instanceof PyDict d) {
            return d.lookup(item) != null;
        }
        if (container instanceof PySet s) {
            return s.contains(item);
        }
        if (container instanceof PyRange r && item instanceof PyInt i && i.fitsLong()) {
            long v = i.small;
            long len = r.length();
            if (len == 0) {
                return false;
            }
            long idx = (v - r.start) / r.step;
            return (v - r.start) % r.step == 0 && idx >= 0 && idx < len;
        }
        if (container instanceof PyList || container instanceof PyTuple) {
            for (PyObject o : toListBorrowed(container)) {
                if (eq(o, item)) {
                    return true;
                }
            }
            return false;
        }
        if (in.builtins.isWeakContainer(container)) {
            return in.builtins.weakContains(container, item);
        }
        List<PyObject> items = toList(container);
        try {
            for (PyObject o : items) {
                if (eq(o, item)) {
                    return true;
                }
            }
            return false;
        } finally {
            in.releaseAll(items);
        }
    }

    boolean truthy(PyObject v) {
        if (v instanceof PyBool b) {
            return b.value();
        }
        if (v == sp.none) {
            return false;
        }
        if (v instanceof PyInt i) {
            return i.fitsLong() ? i.small != 0 : i.big.signum() != 0;
        }
        if (v instanceof PyFloat f) {
            return f.value != 0;
        }
        if (v instanceof PyStr s) {
            return !s.value.isEmpty();
        }
        if (v instanceof PyList l) {
            return !l.items.isEmpty();
        }
        if (v instanceof PyTuple t) {
            return t.items.length > 0;
        }
        if (v instanceof PyDict d) {
            return d.size() > 0;
        }
        if (v instanceof PySet s) {
            return s.size() > 0;
        }
        if (v instanceof PyRange r) {
            return r.length() > 0;
        }
        if (v instanceof PyInstance && !(v instanceof PyBaseException)) {
            PyObject m = lookupInType(v.type(), "__bool__");
            String name = "__bool__";
            if (m == null) {
                m = lookupInType(v.type(), "__len__");
                name = "__len__";
            }
            if (m != null) {
                heap.incref(v, RefReason.ARGUMENT, "self");
                PyObject r = in.call(m, v);
                boolean t = name.equals("__bool__") ? truthy(r) : !(r instanceof PyInt i && i.small == 0);
                heap.decref(r, RefReason.TEMPORARY, null);
                return t;
            }
        }
        if (in.builtins.isWeakContainer(v)) {
            return in.builtins.weakLength(v) > 0;
        }
        return true;
    }

    // ---------------------------------------------------------------- repr and str

    String repr(PyObject v) {
        return new Printer(in).repr(v);
    }

    String str(PyObject v) {
        return new Printer(in).str(v);
    }

    String exceptionLine(PyBaseException exc) {
        String name = exc.type().builtin ? exc.type().name : exc.type().qualifiedName();
        if (exc.type().module.equals("__main__")) {
            name = exc.type().name;
        }
        String msg = str(exc);
        return msg.isEmpty() ? name : name + ": " + msg;
    }

    String describeMethod(PyObject del, PyObject self) {
        String qual = del instanceof PyFunction f ? f.qualname : "?";
        return "<function " + qual + " at 0x" + Long.toHexString(del.address()) + ">";
    }

    // ---------------------------------------------------------------- attributes

    /** The attribute found on the type's MRO, or null. Borrowed. */
    PyObject lookupInType(PyType t, String name) {
        for (PyType c = t; c != null; c = c.base) {
            if (c.dict != null) {
                PyObject v = c.dict.getStr(name);
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }

    PyObject lookupSpecial(PyObject o, String name) {
        if (o instanceof PyInstance) {
            PyObject m = lookupInType(o.type(), name);
            if (m != null) {
                heap.incref(m, RefReason.TEMPORARY, null);
                return m;
            }
        }
        return null;
    }

    /**
     * LOAD_METHOD: for a method found on the class (and not shadowed by an instance attribute),
     * returns {function} as a new reference without making a bound method; otherwise null.
     */
    PyObject[] loadMethod(PyObject obj, String name) {
        if (obj instanceof PyInstance inst && !(obj instanceof PyBaseException)) {
            if (inst.attrs.containsKey(name)) {
                return null;
            }
            PyObject m = lookupInType(obj.type(), name);
            if (m instanceof PyFunction) {
                heap.incref(m, RefReason.TEMPORARY, null);
                return new PyObject[] {m};
            }
            return null;
        }
        PyBuiltin method = in.builtins.unboundMethod(obj, name);
        if (method != null) {
            return new PyObject[] {method};
        }
        return null;
    }

    PyObject getAttr(PyObject obj, String name) {
        PyObject v = in.builtins.getAttr(obj, name);
        if (v != null) {
            return v;
        }
        throw attributeError(obj, name);
    }

    PyError attributeError(PyObject obj, String name) {
        if (obj instanceof PyType t) {
            return in.error(sp.exceptions.attributeError, "type object '" + t.name + "' has no attribute '" + name + "'");
        }
        if (obj instanceof PyModule m) {
            return in.error(sp.exceptions.attributeError, "module '" + m.name + "' has no attribute '" + name + "'");
        }
        return in.error(sp.exceptions.attributeError, "'" + obj.typeName() + "' object has no attribute '" + name + "'");
    }

    /** Stores the owned value v as obj.name (consumes it). */
    void setAttr(PyObject obj, String name, PyObject v) {
        if (obj instanceof PyInstance inst) {
            PyObject old = inst.attrs.get(name);
            heap.incref(v, RefReason.ATTRIBUTE, "." + name);
            inst.attrs.put(name, v);
            heap.sink().referenceSet(inst.serial, "." + name, v.serial, false);
            heap.decref(v, RefReason.TEMPORARY, null);
            if (old != null) {
                heap.decref(old, RefReason.ATTRIBUTE, "." + name);
            }
            return;
        }
        if (obj instanceof PyType t && !t.builtin) {
            PyStr key = sp.internedStr(name);
            dictSet(t.dict, key, v, RefReason.ATTRIBUTE, name);
            heap.decref(key, RefReason.TEMPORARY, null);
            heap.decref(v, RefReason.TEMPORARY, null);
            return;
        }
        if (obj instanceof PyFunction f) {
            if (f.dict == null) {
                f.dict = sp.newDict();
                heap.noteSlot(f, "__dict__", f.dict);
            }
            PyStr key = sp.internedStr(name);
            dictSet(f.dict, key, v, RefReason.ATTRIBUTE, name);
            heap.decref(key, RefReason.TEMPORARY, null);
            heap.decref(v, RefReason.TEMPORARY, null);
            return;
        }
        heap.decref(v, RefReason.TEMPORARY, null);
        if (obj instanceof PyType t) {
            throw in.typeError("cannot set '" + name + "' attribute of immutable type '" + t.name + "'");
        }
        throw in.error(sp.exceptions.attributeError, "'" + obj.typeName() + "' object has no attribute '" + name + "'");
    }

    void delAttr(PyObject obj, String name) {
        if (obj instanceof PyInstance inst && inst.attrs.containsKey(name)) {
            PyObject old = inst.attrs.remove(name);
            heap.releaseSlot(inst, "." + name, old);
            return;
        }
        if (obj instanceof PyType t && !t.builtin && t.dict.getStr(name) != null) {
            PyStr key = sp.internedStr(name);
            dictDel(t.dict, key, RefReason.ATTRIBUTE, name);
            heap.decref(key, RefReason.TEMPORARY, null);
            return;
        }
        if (obj instanceof PyFunction f && f.dict != null && f.dict.getStr(name) != null) {
            PyStr key = sp.internedStr(name);
            dictDel(f.dict, key, RefReason.ATTRIBUTE, name);
            heap.decref(key, RefReason.TEMPORARY, null);
            return;
        }
        throw attributeError(obj, name);
    }

    // ---------------------------------------------------------------- dicts and sets

    /** d[key] = value; both borrowed (the dict takes its own references). */
    void dictSet(PyDict d, PyObject key, PyObject value, RefReason reason, String detail) {
        HashKey hk = HashKey.of(key);
        PyDict.Entry e = d.entries.get(hk);
        String label = PyDict.keyLabel(key);
        heap.incref(value, reason, detail == null ? label : detail);
        if (e != null) {
            PyObject old = e.value;
            e.value = value;
            heap.sink().referenceSet(d.serial, label, value.serial, false);
            heap.decref(old, reason, detail == null ? label : detail);
        } else {
            in.builtins.dictInsert(d, hk, key, value, label);
        }
        if (!d.isTracked() && (Collector.mayBeTracked(key) || Collector.mayBeTracked(value))) {
            heap.track(d);
        }
    }

    boolean dictDel(PyDict d, PyObject key, RefReason reason, String detail) {
        PyDict.Entry e = d.entries.remove(HashKey.of(key));
        if (e == null) {
            return false;
        }
        String label = PyDict.keyLabel(e.key);
        heap.sink().referenceRemoved(d.serial, label);
        heap.sink().referenceRemoved(d.serial, "key " + label);
        heap.decref(e.key, RefReason.CONTAINER, "key " + label);
        heap.decref(e.value, reason, detail == null ? label : detail);
        return true;
    }

    void setAdd(PySet s, PyObject item) {
        in.builtins.setAdd(s, item);
    }

    void expandKwargs(PyObject mapping, List<String> names, List<PyObject> values) {
        if (!(mapping instanceof PyDict d)) {
            throw in.typeError("argument after ** must be a mapping, not " + mapping.typeName());
        }
        for (PyDict.Entry e : d.entries.values()) {
            if (!(e.key instanceof PyStr s)) {
                throw in.typeError("keywords must be strings");
            }
            names.add(s.value);
            heap.incref(e.value, RefReason.TEMPORARY, null);
            values.add(e.value);
        }
    }

    // ---------------------------------------------------------------- items

    PyObject getItem(PyObject obj, PyObject key) {
        return in.builtins.getItem(obj, key);
    }

    void setItem(PyObject obj, PyObject key, PyObject v) {
        in.builtins.setItem(obj, key, v);
    }

    void delItem(PyObject obj, PyObject key) {
        in.builtins.delItem(obj, key);
    }

    // ---------------------------------------------------------------- iteration

    PyObject iter(PyObject v) {
        return in.builtins.iter(v);
    }

    /** The next item as an owned reference, or null when exhausted. */
    PyObject next(PyObject it) {
        return in.builtins.next(it);
    }

    /** All items of an iterable as owned references. */
    List<PyObject> toList(PyObject v) {
        if (v instanceof PyList l) {
            List<PyObject> out = new ArrayList<>(l.items);
            out.forEach(o -> heap.incref(o, RefReason.TEMPORARY, null));
            return out;
        }
        if (v instanceof PyTuple t) {
            List<PyObject> out = new ArrayList<>(List.of(t.items));
            out.forEach(o -> heap.incref(o, RefReason.TEMPORARY, null));
            return out;
        }
        PyObject it = iter(v);
        List<PyObject> out = new ArrayList<>();
        try {
            PyObject x;
            while ((x = next(it)) != null) {
                out.add(x);
                if (out.size() > in.limits.maxCollectionSize()) {
                    throw in.error(sp.exceptions.memoryError, "sequence longer than heapquest's limit of " + in.limits.maxCollectionSize());
                }
            }
        } catch (RuntimeException e) {
            in.releaseAll(out);
            throw e;
        } finally {
            heap.decref(it, RefReason.ITERATOR, null);
        }
        return out;
    }

    /** Items of a list or tuple without taking references (for read-only walks). */
    static List<PyObject> toListBorrowed(PyObject v) {
        return v instanceof PyList l ? l.items : List.of(((PyTuple) v).items);
    }

    /** Turns a raised value (a class or an instance) into an owned exception instance. */
    PyBaseException toException(PyObject v) {
        if (v instanceof PyType t && t.isSubtypeOf(sp.exceptions.baseException)) {
            PyObject inst = in.call(t, new PyObject[0], List.of(), List.of());
            heap.decref(v, RefReason.TEMPORARY, null);
            return (PyBaseException) inst;
        }
        if (v instanceof PyBaseException e) {
            return e;
        }
        heap.decref(v, RefReason.TEMPORARY, null);
        throw in.typeError("exceptions must derive from BaseException");
    }
}
