package heapquest.engine.runtime;

import heapquest.engine.heap.PyFloat;
import heapquest.engine.heap.PyInt;
import heapquest.engine.heap.PyObject;
import heapquest.engine.heap.PyStr;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** format(value, spec): the format mini-language used in f-strings ({x:>8}, {f:.2f}, {n:,}, {i:x}). */
final class Format {
    private Format() {
    }

    static String format(Ops ops, PyObject v, String spec) {
        if (spec.isEmpty()) {
            return ops.str(v);
        }
        int i = 0;
        char fill = ' ';
        char align = 0;
        if (spec.length() >= 2 && "<>^=".indexOf(spec.charAt(1)) >= 0) {
            fill = spec.charAt(0);
            align = spec.charAt(1);
            i = 2;
        } else if ("<>^=".indexOf(spec.charAt(0)) >= 0) {
            align = spec.charAt(0);
            i = 1;
        }
        char sign = '-';
        if (i < spec.length() && "+- ".indexOf(spec.charAt(i)) >= 0) {
            sign = spec.charAt(i++);
        }
        boolean zero = false;
        if (i < spec.length() && spec.charAt(i) == '0') {
            zero = true;
            i++;
        }
        int width = 0;
        while (i < spec.length() && Character.isDigit(spec.charAt(i))) {
            width = width * 10 + (spec.charAt(i++) - '0');
        }
        char grouping = 0;
        if (i < spec.length() && (spec.charAt(i) == ',' || spec.charAt(i) == '_')) {
            grouping = spec.charAt(i++);
        }
        int precision = -1;
        if (i < spec.length() && spec.charAt(i) == '.') {
            i++;
            precision = 0;
            while (i < spec.length() && Character.isDigit(spec.charAt(i))) {
                precision = precision * 10 + (spec.charAt(i++) - '0');
            }
        }
        char type = i < spec.length() ? spec.charAt(i) : 0;
        String body;
        boolean numeric = v instanceof PyInt || v instanceof PyFloat;
        if (v instanceof PyInt n && (type == 0 || type == 'd' || type == 'x' || type == 'X' || type == 'b' || type == 'o')) {
            BigInteger b = n.bigValue();
            int radix = type == 'x' || type == 'X' ? 16 : type == 'b' ? 2 : type == 'o' ? 8 : 10;
            body = b.abs().toString(radix);
            if (type == 'X') {
                body = body.toUpperCase();
            }
            body = group(body, grouping);
            body = signed(b.signum() < 0, body, sign);
        } else if (numeric && (type == 'f' || type == 'F' || type == 'e' || type == '%' || type == 'g' || type == 0)) {
            double d = Ops.toDouble(v);
            int p = precision < 0 ? 6 : precision;
            if (type == 0 && precision < 0) {
                body = ops.str(v);
                body = body.startsWith("-") ? body.substring(1) : body;
            } else if (type == 'e') {
                body = String.format("%." + p + "e", Math.abs(d));
            } else if (type == '%') {
                body = new BigDecimal(Math.abs(d) * 100).setScale(p, RoundingMode.HALF_EVEN).toPlainString() + "%";
            } else if (type == 'g' || type == 0) {
                body = String.format("%." + Math.max(p, 1) + "g", Math.abs(d));
            } else {
                body = new BigDecimal(Math.abs(d)).setScale(p, RoundingMode.HALF_EVEN).toPlainString();
            }
            if (grouping != 0) {
                int dot = body.indexOf('.');
                body = group(dot < 0 ? body : body.substring(0, dot), grouping) + (dot < 0 ? "" : body.substring(dot));
            }
            body = signed(d < 0 || (d == 0 && 1 / d < 0), body, sign);
        } else {
            body = v instanceof PyStr s ? s.value : ops.str(v);
            if (precision >= 0 && body.length() > precision) {
                body = body.substring(0, precision);
            }
        }
        if (align == 0) {
            align = numeric ? '>' : '<';
            if (zero) {
                fill = '0';
                align = '=';
            }
        }
        return pad(body, width, fill, align);
    }

    private static String signed(boolean negative, String body, char sign) {
        if (negative) {
            return "-" + body;
        }
        return sign == '+' ? "+" + body : sign == ' ' ? " " + body : body;
    }

    private static String group(String digits, char sep) {
        if (sep == 0) {
            return digits;
        }
        StringBuilder b = new StringBuilder();
        int n = digits.length();
        for (int i = 0; i < n; i++) {
            if (i > 0 && (n - i) % 3 == 0) {
                b.append(sep);
            }
            b.append(digits.charAt(i));
        }
        return b.toString();
    }

    private static String pad(String s, int width, char fill, char align) {
        int missing = width - s.length();
        if (missing <= 0) {
            return s;
        }
        String f = String.valueOf(fill);
        return switch (align) {
            case '<' -> s + f.repeat(missing);
            case '^' -> f.repeat(missing / 2) + s + f.repeat(missing - missing / 2);
            case '=' -> (s.startsWith("-") || s.startsWith("+")) ? s.charAt(0) + f.repeat(missing) + s.substring(1) : f.repeat(missing) + s;
            default -> f.repeat(missing) + s;
        };
    }
}
