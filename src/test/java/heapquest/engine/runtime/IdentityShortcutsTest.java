package heapquest.engine.runtime;

import heapquest.engine.Output;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * CPython hands back the operand itself when an operation on an exact str/tuple/float would only
 * copy it. Expected outputs are what python3 3.11.7 printed for the same source.
 */
class IdentityShortcutsTest {
    @Test
    void wholeSlicesStripsReplacesConcatsAndRepeatsReturnTheSameObject() {
        String out = Output.of("""
                s = "".join(["sp", "am"])
                t = tuple([1, 2])
                f = 2.5
                print(s[:] is s, s[0:100] is s, s[1:] is s, t[:] is t, t[::-1] is t)
                print(s.strip() is s, s.rstrip("x") is s, s.strip("s") is s)
                print(s.replace("z", "y") is s, s.replace("a", "a") is s, s.replace("a", "o", 0) is s, s.replace("a", "o"))
                print(s + "" is s, "" + s is s, s * 1 is s, t + () is t, () + t is t, t * 1 is t, t * 2 is t)
                print(float(f) is f, "aaa".replace("a", "b", 2), "ab".replace("", "-"), "ab".replace("", "-", 2))
                """);
        assertEquals("""
                True True False True False
                True True False
                True True True spom
                True True True True True True False
                True bba -a-b- -a-b
                """, out);
    }

    @Test
    void concatenationErrorsNameTheLeftType() {
        String out = Output.of("""
                for l, r in [((1,), [2]), ([1], (2,)), ((1,), "x"), ([1], 2)]:
                    try:
                        l + r
                    except TypeError as e:
                        print(e)
                print(round(1234, -2), round(1250, -2), round(1350, -2), round(7, 2), list(zip()))
                """);
        assertEquals("""
                can only concatenate tuple (not "list") to tuple
                can only concatenate list (not "tuple") to list
                can only concatenate tuple (not "str") to tuple
                can only concatenate list (not "int") to list
                1200 1200 1400 7 []
                """, out);
    }
}
