package heapquest.engine.runtime;

import heapquest.engine.heap.*;
import heapquest.engine.trace.RefReason;

import java.util.ArrayList;
import java.util.List;

/** Methods of str. args[0] is the string. */
final class StrMethods {
    private final Interpreter in;
    private final Builtins b;
    private final ObjectSpace sp;

    StrMethods(Interpreter in, Builtins b) {
        this.in = in;
        this.b = b;
        this.sp = in.space;
    }

    private static String s(PyObject o) {
        return ((PyStr) o).value;
    }

    private String strArg(PyObject o, String method) {
        if (!(o instanceof PyStr str)) {
            throw in.typeError(method + " arg must be None or str");
        }
        return str.value;
    }

    void register() {
        b.method("str", "upper", (a, kw) -> sp.newStr(s(a[0]).toUpperCase()));
        b.method("str", "lower", (a, kw) -> sp.newStr(s(a[0]).toLowerCase()));
        b.method("str", "title", (a, kw) -> sp.newStr(title(s(a[0]))));
        b.method("str", "capitalize", (a, kw) -> {
            String t = s(a[0]);
            return sp.newStr(t.isEmpty() ? t : t.substring(0, 1).toUpperCase() + t.substring(1).toLowerCase());
        });
        // Stripping nothing returns the string itself (`s.strip() is s`), as CPython's do_strip does.
        b.method("str", "strip", (a, kw) -> sp.strResult((PyStr) a[0], strip(s(a[0]), a.length > 1 ? a[1] : null, true, true)));
        b.method("str", "lstrip", (a, kw) -> sp.strResult((PyStr) a[0], strip(s(a[0]), a.length > 1 ? a[1] : null, true, false)));
        b.method("str", "rstrip", (a, kw) -> sp.strResult((PyStr) a[0], strip(s(a[0]), a.length > 1 ? a[1] : null, false, true)));
        b.method("str", "startswith", (a, kw) -> sp.bool(s(a[0]).startsWith(strArg(a[1], "startswith"))));
        b.method("str", "endswith", (a, kw) -> sp.bool(s(a[0]).endsWith(strArg(a[1], "endswith"))));
        b.method("str", "find", (a, kw) -> sp.newInt(s(a[0]).indexOf(strArg(a[1], "find"))));
        b.method("str", "count", (a, kw) -> {
            String t = s(a[0]), sub = strArg(a[1], "count");
            if (sub.isEmpty()) {
                return sp.newInt(t.length() + 1);
            }
            int n = 0;
            for (int i = t.indexOf(sub); i >= 0; i = t.indexOf(sub, i + sub.length())) {
                n++;
            }
            return sp.newInt(n);
        });
        b.method("str", "replace", (a, kw) -> replace((PyStr) a[0], a[1], a[2], a.length > 3 ? a[3] : null));
        b.method("str", "isdigit", (a, kw) -> sp.bool(!s(a[0]).isEmpty() && s(a[0]).chars().allMatch(Character::isDigit)));
        b.method("str", "isalpha", (a, kw) -> sp.bool(!s(a[0]).isEmpty() && s(a[0]).chars().allMatch(Character::isLetter)));
        b.method("str", "split", (a, kw) -> {
            String t = s(a[0]);
            PyObject sepArg = a.length > 1 ? a[1] : kw.get("sep");
            List<PyObject> parts = new ArrayList<>();
            if (sepArg == null || sepArg == sp.none) {
                for (String p : t.strip().split("\\s+")) {
                    if (!p.isEmpty()) {
                        parts.add(sp.newStr(p));
                    }
                }
            } else {
                String sep = strArg(sepArg, "split");
                if (sep.isEmpty()) {
                    throw in.error(sp.exceptions.valueError, "empty separator");
                }
                int start = 0;
                for (int i = t.indexOf(sep); i >= 0; i = t.indexOf(sep, start)) {
                    parts.add(sp.newStr(t.substring(start, i)));
                    start = i + sep.length();
                }
                parts.add(sp.newStr(t.substring(start)));
            }
            return sp.newList(parts);
        });
        b.method("str", "join", (a, kw) -> {
            List<PyObject> items = in.ops.toList(a[1]);
            try {
                StringBuilder out = new StringBuilder();
                for (int i = 0; i < items.size(); i++) {
                    if (!(items.get(i) instanceof PyStr p)) {
                        throw in.typeError("sequence item " + i + ": expected str instance, " + items.get(i).typeName() + " found");
                    }
                    if (i > 0) {
                        out.append(s(a[0]));
                    }
                    out.append(p.value);
                }
                if (items.size() == 1) {
                    in.heap.incref(items.get(0), RefReason.TEMPORARY, null);
                    return items.get(0);
                }
                return sp.newStr(out.toString());
            } finally {
                in.releaseAll(items);
            }
        });
        b.method("str", "format", (a, kw) -> {
            throw in.error(sp.exceptions.notImplementedError, "str.format is not supported by heapquest; use an f-string");
        });
    }

    private static String title(String t) {
        StringBuilder out = new StringBuilder();
        boolean prevLetter = false;
        for (char c : t.toCharArray()) {
            out.append(prevLetter ? Character.toLowerCase(c) : Character.toUpperCase(c));
            prevLetter = Character.isLetter(c);
        }
        return out.toString();
    }

    /**
     * str.replace(old, new[, count]). CPython returns the string itself when there is nothing to
     * do: no occurrence, count 0, or old and new the very same object (`s.replace("a", "a") is s`).
     */
    private PyObject replace(PyStr self, PyObject oldArg, PyObject newArg, PyObject countArg) {
        String t = self.value, old = strArg(oldArg, "replace"), rep = strArg(newArg, "replace");
        if (countArg != null && !(countArg instanceof PyInt)) {
            throw in.typeError("'" + countArg.typeName() + "' object cannot be interpreted as an integer");
        }
        PyInt n = (PyInt) countArg;
        long count = n == null ? -1 : n.fitsLong() ? n.small : n.bigValue().signum() < 0 ? -1 : Long.MAX_VALUE;
        if (count == 0 || oldArg == newArg || !t.contains(old)) {
            return sp.strResult(self, t);
        }
        if (count < 0) {
            return sp.newStr(t.replace(old, rep));
        }
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (long done = 0; done < count; done++) {
            int at = old.isEmpty() ? (from <= t.length() ? from : -1) : t.indexOf(old, from);
            if (at < 0) {
                break;
            }
            out.append(t, from, at).append(rep);
            if (old.isEmpty()) {
                if (at < t.length()) {
                    out.append(t.charAt(at));
                }
                from = at + 1;
            } else {
                from = at + old.length();
            }
        }
        if (from < t.length()) {
            out.append(t, from, t.length());
        }
        return sp.newStr(out.toString());
    }

    private String strip(String t, PyObject chars, boolean left, boolean right) {
        String set = chars == null || chars == sp.none ? null : s(chars);
        int start = 0, end = t.length();
        while (left && start < end && (set == null ? Character.isWhitespace(t.charAt(start)) : set.indexOf(t.charAt(start)) >= 0)) {
            start++;
        }
        while (right && end > start && (set == null ? Character.isWhitespace(t.charAt(end - 1)) : set.indexOf(t.charAt(end - 1)) >= 0)) {
            end--;
        }
        return t.substring(start, end);
    }
}
