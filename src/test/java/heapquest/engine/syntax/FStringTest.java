package heapquest.engine.syntax;

import static heapquest.engine.syntax.Trees.assertSyntaxError;
import static heapquest.engine.syntax.Trees.assertUnsupported;
import static heapquest.engine.syntax.Trees.expr;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import heapquest.engine.syntax.Expr.FString;
import heapquest.engine.syntax.Expr.FormattedValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** f-strings: parts, conversions, specs, escapes, concatenation, and their errors. */
class FStringTest {

    @Test
    void partsAndConversions() {
        assertEquals("(f 'a' (fv b _) 'c')", expr("f'a{b}c'"));
        assertEquals("(f (fv a !r) (fv b !s) (fv c !a))", expr("f'{a!r}{b!s}{c!a}'"));
        FString f = (FString) Parser.parseExpression("f'{a!r}'");
        FormattedValue v = (FormattedValue) f.parts().get(0);
        assertEquals('r', v.conversion());
        assertNull(v.spec());
        FormattedValue plain = (FormattedValue) ((FString) Parser.parseExpression("f'{a}'")).parts().get(0);
        assertEquals(0, plain.conversion());
    }

    @Test
    void formatSpecsAreFStringsThatMayContainFields() {
        assertEquals("(f (fv name !r (f '>' (fv width _))) ' has ' (fv n _ (f ',')) ' items {literal}')",
                expr("f\"{name!r:>{width}} has {n:,} items {{literal}}\""));
        assertEquals("(f (fv x _ (f '.' (fv p _) 'f')))", expr("f'{x:.{p}f}'"));
        assertEquals("(f (fv a _ (f)))", expr("f'{a:}'"));
        // inside a spec, braces are not doubled: "{}" is an empty dict in a nested field
        assertEquals("(f (fv x _ (f (fv (dict) _))))", expr("f'{x:{{}}}'"));
        // ':' ends the expression at top level, so this is the spec "=3", not a walrus
        assertEquals("(f (fv a _ (f '=3')))", expr("f'{a:=3}'"));
    }

    @Test
    void escapedBracesAndBackslashes() {
        assertEquals("(f '{}' (fv a _))", expr("f'{{}}{a}'"));
        assertEquals("(f '{' (fv a _) '}')", expr("f'{{{a}}}'"));
        assertEquals("(f '\\n' (fv a _) '\\t')", expr("f'\\n{a}\\t'"));
        assertEquals("(f '\\\\n' (fv a _))", expr("rf'\\n{a}'"));
    }

    @Test
    void expressionsInsideFields() {
        assertEquals("(f (fv (+ a b) _))", expr("f'{a + b}'"));
        assertEquals("(f (fv ([] a 'k') _))", expr("f'{a[\"k\"]}'"));
        assertEquals("(f (fv (call f x (kw y 1)) _))", expr("f'{f(x, y=1)}'"));
        assertEquals("(f (fv (cmp x == y) _) (fv (cmp x != y) _))", expr("f'{x == y}{x != y}'"));
        assertEquals("(f (fv (tuple a b) _))", expr("f'{a, b}'"));
        assertEquals("(f (fv (call (lambda (params) 1)) _))", expr("f'{(lambda: 1)()}'"));
        assertEquals("(f (fv (f (fv x _)) _))", expr("f\"{f'{x}'}\""));
        assertEquals("(f (fv (+ a b) _))", expr("f'''{\n  a + b\n}'''"));
    }

    @Test
    void concatenationMergesConstantsAndDropsEmptyOnes() {
        assertEquals("(f 'a' (fv x _) 'bc' (fv y !s))", expr("f'a{x}b' 'c' f'{y!s}'"));
        assertEquals("(f 'ab')", expr("f'a' 'b'"));
        assertEquals("(f)", expr("f''"));
        assertEquals("(f)", expr("'' f''"));
        FString f = (FString) Parser.parseExpression("'a' f'{b}' 'c'");
        assertEquals(3, f.parts().size());
        assertInstanceOf(Expr.Constant.class, f.parts().get(0));
        assertEquals(List.of("a", "c"), List.of(((Expr.Constant) f.parts().get(0)).value(), ((Expr.Constant) f.parts().get(2)).value()));
    }

    @Test
    void errors() {
        assertSyntaxError("x = f'{a'\n", 1, 7, "f-string: expecting '}'");
        assertSyntaxError("x = f'{}'\n", 1, 7, "f-string: empty expression not allowed");
        assertSyntaxError("x = f'{ }'\n", 1, 7, "f-string: empty expression not allowed");
        assertSyntaxError("x = f'{a!x}'\n", 1, 10, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
        assertSyntaxError("x = f'}'\n", 1, 7, "f-string: single '}' is not allowed");
        assertSyntaxError("x = f'{a b}'\n", 1, 8, "f-string: invalid syntax. Perhaps you forgot a comma?");
        assertSyntaxError("x = f'{a +}'\n", 1, 11, "f-string: invalid syntax");
        assertSyntaxError("x = f'{a#}'\n", 1, 9, "f-string expression part cannot include '#'");
        assertSyntaxError("x = f'{a\\n}'\n", 1, 9, "f-string expression part cannot include a backslash");
        assertSyntaxError("x = f'{a:{b:{c}}}'\n", 1, 13, "f-string: expressions nested too deeply");
        assertSyntaxError("x = f'{*a}'\n", 1, 8, "f-string: cannot use starred expression here");
        assertSyntaxError("x = f'{a)}'\n", 1, 9, "f-string: unmatched ')'");
        // the field cannot reuse the string's own quote: the string ends there
        assertSyntaxError("x = f'{'a'}'\n", 1, 7, "f-string: expecting '}'");
        assertUnsupported("x = f'{a=}'\n", 1, 9, "the '=' specifier in f-strings ({x=})");
    }
}
