package heapquest.engine.syntax;

import static heapquest.engine.syntax.Trees.expr;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Expression trees: precedence, associativity, every kind of Expr. */
class ExpressionParserTest {

    @Test
    void precedenceLadderFromOrDownToPower() {
        assertEquals("(or a (and b (not (cmp c == (| d (^ e (& f (<< g (+ h (* i (- (** j k))))))))))))",
                expr("a or b and not c == d | e ^ f & g << h + i * -j ** k"));
    }

    @Test
    void arithmeticPrecedenceAndLeftAssociativity() {
        assertEquals("(+ 1 (* 2 3))", expr("1 + 2 * 3"));
        assertEquals("(* (+ 1 2) 3)", expr("(1 + 2) * 3"));
        assertEquals("(- (- a b) c)", expr("a - b - c"));
        assertEquals("(% (// (/ (* a b) c) d) e)", expr("a * b / c // d % e"));
        assertEquals("(- (+ a (* b c)) (/ d e))", expr("a + b * c - d / e"));
        assertEquals("(| a (^ b (& c (>> (<< d e) f))))", expr("a | b ^ c & d << e >> f"));
    }

    @Test
    void powerIsRightAssociativeAndBindsTighterThanUnaryOnItsLeft() {
        assertEquals("(** 2 (** 3 2))", expr("2 ** 3 ** 2"));
        assertEquals("(- (** 2 2))", expr("-2 ** 2"));
        assertEquals("(** 2 (- 1))", expr("2 ** -1"));
        assertEquals("(~ (** a (- b)))", expr("~a ** -b"));
        assertEquals("(- (- a))", expr("- - a"));
        assertEquals("(+ (- a) (~ b))", expr("-a + ~b"));
    }

    @Test
    void booleanOperatorsFlattenLikeCPython() {
        assertEquals("(or (and a b c) d e)", expr("a and b and c or d or e"));
        assertEquals("(or a (and b c))", expr("a or b and c"));
        assertEquals("(not (not a))", expr("not not a"));
        assertEquals("(not (cmp a == b))", expr("not a == b"));
        assertEquals("(not (cmp a in b))", expr("not a in b"));
    }

    @Test
    void chainedComparisonsAreOneCompare() {
        assertEquals("(cmp a < b <= c > d >= e != f == g)", expr("a < b <= c > d >= e != f == g"));
        assertEquals("(cmp a is not b is c not in d in e)", expr("a is not b is c not in d in e"));
        assertEquals("(cmp (+ a 1) < (* b 2))", expr("a + 1 < b * 2"));
    }

    @Test
    void conditionalAndLambda() {
        assertEquals("(ifexp b a (ifexp d c e))", expr("a if b else c if d else e"));
        assertEquals("(lambda (params y) (ifexp y y z))", expr("lambda y: y if y else z"));
        assertEquals("(lambda (params) 0)", expr("lambda: 0"));
        assertEquals("(lambda (params a (b 1) *c d (e 2) **f) (+ a b))", expr("lambda a, b=1, *c, d, e=2, **f: a + b"));
        assertEquals("(lambda (params * a) a)", expr("lambda *, a: a"));
        assertEquals("(ifexp (not b) a c)", expr("a if not b else c"));
        assertEquals("(+ (ifexp b a c) 1)", expr("(a if b else c) + 1"));
    }

    @Test
    void primaries() {
        assertEquals("([] (call (. (call (. a b) c) d) e) f)", expr("a.b(c).d(e)[f]"));
        assertEquals("(call (call (call f a) b) c)", expr("f(a)(b)(c)"));
        assertEquals("(call f a (* b) (kw c 1) (** d))", expr("f(a, *b, c=1, **d)"));
        assertEquals("(call f (* a) (* b) c (* e) (kw d 1) (** f) (kw g 2))", expr("f(*a, *b, c, d=1, *e, **f, g=2)"));
        assertEquals("(call f)", expr("f()"));
        assertEquals("(call f a b)", expr("f(a, b,)"));
        assertEquals("(. (call (. (call super) __init__)) x)", expr("super().__init__().x"));
    }

    @Test
    void subscriptsAndSlices() {
        assertEquals("([] a 1)", expr("a[1]"));
        assertEquals("([] a (slice 1 2 _))", expr("a[1:2]"));
        assertEquals("([] a (slice _ _ _))", expr("a[:]"));
        assertEquals("([] a (slice _ _ 2))", expr("a[::2]"));
        assertEquals("([] a (slice 1 _ _))", expr("a[1:]"));
        assertEquals("([] a (slice _ (- 1) _))", expr("a[:-1]"));
        assertEquals("([] a (slice 1 2 3))", expr("a[1:2:3]"));
        assertEquals("([] a (tuple i j))", expr("a[i, j]"));
        assertEquals("([] a (tuple 1))", expr("a[1,]"));
        assertEquals("([] a (tuple (slice 1 2 _) (slice _ _ 3) ...))", expr("a[1:2, ::3, ...]"));
        assertEquals("([] ([] a b) c)", expr("a[b][c]"));
    }

    @Test
    void displays() {
        assertEquals("(tuple 1 2)", expr("1, 2"));
        assertEquals("(tuple 1)", expr("(1,)"));
        assertEquals("(tuple)", expr("()"));
        assertEquals("1", expr("(1)"));
        assertEquals("(list)", expr("[]"));
        assertEquals("(list 1 2)", expr("[1, 2,]"));
        assertEquals("(list (* a) (* b))", expr("[*a, *b]"));
        assertEquals("(set 1 (* a))", expr("{1, *a}"));
        assertEquals("(dict)", expr("{}"));
        assertEquals("(dict ('a' 1) ('b' (list 1 2)) (3 (tuple 4)))", expr("{'a': 1, 'b': [1, 2], 3: (4,)}"));
        assertEquals("(tuple (* a) b)", expr("(*a, b)"));
        assertEquals("(tuple (* a) (* b))", expr("*a, *b"));
    }

    @Test
    void comprehensions() {
        assertEquals("(listcomp (* x y) (for x xs (if x)) (for y ys (if (cmp y > x))))",
                expr("[x * y for x in xs if x for y in ys if y > x]"));
        assertEquals("(listcomp x (for x xs (if a) (if b)))", expr("[x for x in xs if a if b]"));
        assertEquals("(setcomp x (for x xs))", expr("{x for x in xs}"));
        assertEquals("(dictcomp k v (for (tuple k v) (call (. d items))))", expr("{k: v for k, v in d.items()}"));
        assertEquals("(genexp x (for x xs))", expr("(x for x in xs)"));
        assertEquals("(listcomp (tuple a b) (for (tuple a b) c))", expr("[(a, b) for a, b in c]"));
        assertEquals("(listcomp x (for (tuple x) y))", expr("[x for x, in y]"));
        assertEquals("(listcomp (lambda (params) i) (for i y))", expr("[lambda: i for i in y]"));
    }

    @Test
    void bareGeneratorAsSoleArgument() {
        assertEquals("(call sum (genexp (* x x) (for x (call range 10))))", expr("sum(x * x for x in range(10))"));
        assertEquals("(call sum (genexp x (for x y)) 0)", expr("sum((x for x in y), 0)"));
    }

    @Test
    void constants() {
        assertEquals("(tuple True False None ...)", expr("True, False, None, ..."));
        assertEquals("(tuple 1000 255 15 5 1.5 1000.0 0.5 5.0 0 0)", expr("1_000, 0x_ff, 0o17, 0b101, 1.5, 1e3, .5, 5., 00, 0_0"));
        Expr.Constant big = (Expr.Constant) Parser.parseExpression("123456789012345678901234567890");
        assertEquals(new BigInteger("123456789012345678901234567890"), big.value());
        assertEquals(Double.POSITIVE_INFINITY, ((Expr.Constant) Parser.parseExpression("1e400")).value());
        assertInstanceOf(Double.class, ((Expr.Constant) Parser.parseExpression("0777.5")).value());
    }

    @Test
    void stringLiteralsAndEscapes() {
        assertEquals("'abcd'", expr("'a' \"b\" '''c''' \"\"\"d\"\"\""));
        assertEquals("'tab\\there\\nnewline \\\\ \\' \" AéA\\x00'", expr("'tab\\there\\nnewline \\\\ \\' \\\" \\x41\\u00e9\\101\\0'"));
        assertEquals("(+ '\\\\n' '\\\\d')", expr("r'\\n' + R\"\\d\""));
        assertEquals("'ab'", expr("'a\\\nb'"));
        assertEquals("'a\\nb'", expr("'''a\nb'''"));
        assertEquals("'\\\\q'", expr("'\\q'"));
        assertEquals("'abc'", expr("u'abc'"));
        assertEquals("'😀'", expr("'\\U0001F600'"));
        assertEquals("'it\\'s'", expr("\"it's\""));
    }

    @Test
    void softKeywordsAreNames() {
        assertEquals("(call match x)", expr("match(x)"));
        assertEquals("(tuple match case _)", expr("match, case, _"));
    }

    @Test
    void identifiersAreNfkcNormalized() {
        assertEquals("Unicode", expr("𝔘𝔫𝔦𝔠𝔬𝔡𝔢"));
        assertEquals("é", expr("é"));
    }

    @Test
    void parseExpressionEntryPoint() {
        assertEquals("(tuple 1 2)", AstPrinter.print(Parser.parseExpression("1, 2")));
        assertEquals("(call f x)", AstPrinter.print(Parser.parseExpression("f(x)\n")));
        assertEquals("(+ 1 2)", AstPrinter.print(Parser.parseExpression("  1 + 2")));
        SourceError e = org.junit.jupiter.api.Assertions.assertThrows(SourceError.class, () -> Parser.parseExpression("x = 1"));
        assertEquals("1:3 invalid syntax", e.pos() + " " + e.detail());
    }
}
