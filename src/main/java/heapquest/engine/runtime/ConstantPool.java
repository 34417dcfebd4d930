package heapquest.engine.runtime;

import heapquest.engine.heap.PyObject;
import heapquest.engine.heap.PyStr;
import heapquest.engine.syntax.Expr;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The file's constants: one object per distinct constant (CPython's _PyCode_ConstantKey merging),
 * shared by every code object that uses it. The pool itself holds no reference; each code
 * object's co_consts tuple does.
 */
final class ConstantPool {
    /** Keys distinguish 1, 1.0 and True, and 0.0 from -0.0, as CPython's do. */
    record Key(String type, Object value) {}

    private final ObjectSpace space;
    private final Map<Key, PyObject> objects = new HashMap<>();

    ConstantPool(ObjectSpace space) {
        this.space = space;
    }

    static Key key(Object v) {
        if (v instanceof Boolean b) {
            return new Key("bool", b);
        }
        if (v instanceof BigInteger i) {
            return new Key("int", i);
        }
        if (v instanceof Double d) {
            return new Key("float", Double.doubleToRawLongBits(d));
        }
        if (v instanceof String s) {
            return new Key("str", s);
        }
        if (v instanceof Expr.Singleton s) {
            return new Key("singleton", s);
        }
        if (v instanceof ConstantFolder.ConstTuple t) {
            List<Key> items = new ArrayList<>();
            for (Object o : t.items()) {
                items.add(key(o));
            }
            return new Key("tuple", items);
        }
        throw new IllegalArgumentException("not a constant: " + v);
    }

    /** A borrowed reference to the constant object, created (once per file) on first use. */
    PyObject get(Object value) {
        Key k = key(value);
        PyObject o = objects.get(k);
        if (o == null) {
            o = create(value);
            objects.put(k, o);
        }
        return o;
    }

    private PyObject create(Object v) {
        if (v instanceof Boolean b) {
            return space.bool(b);
        }
        if (v instanceof BigInteger i) {
            return space.newInt(i);
        }
        if (v instanceof Double d) {
            return space.newFloat(d);
        }
        if (v instanceof String s) {
            PyStr str = space.newStr(s);
            if (isIdentifier(s)) {
                space.intern(str);
            }
            return str;
        }
        if (v == Expr.Singleton.NONE) {
            return space.none;
        }
        if (v == Expr.Singleton.ELLIPSIS) {
            return space.ellipsis;
        }
        ConstantFolder.ConstTuple t = (ConstantFolder.ConstTuple) v;
        PyObject[] items = new PyObject[t.items().size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = get(t.items().get(i));
            space.heap.incref(items[i], heapquest.engine.trace.RefReason.CONTAINER, "[" + i + "]");
        }
        PyObject tuple = space.newTuple(items);
        // CPython's compiler builds every constant tuple of a script before it runs, tracked like any
        // tuple; the first collection untracks them (all their items are atomic). This pool builds
        // them on first use, so one built after a collection starts out untracked.
        if (space.heap.gc().hasCollected()) {
            space.heap.untrack(tuple);
        }
        return tuple;
    }

    static boolean isIdentifier(String s) {
        if (s.isEmpty() || !(Character.isLetter(s.charAt(0)) || s.charAt(0) == '_')) {
            return s.isEmpty();
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '_'))) {
                return false;
            }
        }
        return true;
    }
}
