package heapquest.engine.syntax;

import heapquest.engine.syntax.Expr.*;
import heapquest.engine.syntax.Stmt.*;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Recursive-descent parser for the supported Python subset, with Python 3.11's precedence. Valid
 * Python outside the subset fails with "not supported: ..." at its position, never a wrong parse.
 */
public final class Parser {
    private static final Set<String> UNSUPPORTED_KEYWORDS = Set.of("with", "async", "await", "yield");
    private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
            "try", "while", "with", "yield");

    private final List<Token> tokens;
    private int p;

    private Parser(List<Token> tokens) {
        this.tokens = tokens;
    }

    public static Module parse(String source) {
        Parser parser = new Parser(Lexer.tokenize(source));
        List<Stmt> body = new ArrayList<>();
        while (parser.peek().type() != TokenType.EOF) {
            if (parser.peek().type() == TokenType.INDENT) {
                throw SourceError.syntax(parser.peek().pos(), "unexpected indent");
            }
            body.addAll(parser.statement());
        }
        return new Module(body, List.of(source.replace("\r\n", "\n").split("\n", -1)));
    }

    // ------------------------------------------------------------ token helpers

    private Token peek() {
        return tokens.get(p);
    }

    private Token peekAt(int k) {
        return tokens.get(Math.min(p + k, tokens.size() - 1));
    }

    private Token next() {
        return tokens.get(p++);
    }

    private boolean at(String op) {
        return peek().is(op);
    }

    private boolean accept(String op) {
        if (at(op)) {
            p++;
            return true;
        }
        return false;
    }

    private Token expect(String op, String message) {
        if (!at(op)) {
            throw SourceError.syntax(peek().pos(), message);
        }
        return next();
    }

    private String name() {
        Token t = peek();
        if (t.type() != TokenType.NAME || KEYWORDS.contains(t.text())) {
            throw SourceError.syntax(t.pos(), "invalid syntax");
        }
        p++;
        return t.text();
    }

    private void endOfStatement() {
        if (peek().type() == TokenType.NEWLINE) {
            p++;
        } else if (!at(";") && peek().type() != TokenType.EOF) {
            Token t = peek();
            throw SourceError.syntax(t.pos(), "invalid syntax");
        }
    }

    // ------------------------------------------------------------ statements

    private List<Stmt> statement() {
        Token t = peek();
        if (t.type() == TokenType.NAME) {
            switch (t.text()) {
                case "if": return List.of(ifStmt());
                case "while": return List.of(whileStmt());
                case "for": return List.of(forStmt());
                case "def": return List.of(funcDef(List.of()));
                case "class": return List.of(classDef(List.of()));
                case "try": return List.of(tryStmt());
                case "with": throw SourceError.unsupported(t.pos(), "'with' statements");
                case "async": throw SourceError.unsupported(t.pos(), "'async' functions and statements");
                case "match":
                    if (peekAt(1).type() == TokenType.NAME || peekAt(1).type() == TokenType.NUMBER) {
                        throw SourceError.unsupported(t.pos(), "'match' statements");
                    }
                    break;
                default:
                    break;
            }
        }
        if (at("@")) {
            List<Expr> decorators = new ArrayList<>();
            while (accept("@")) {
                decorators.add(expression());
                endOfStatement();
            }
            if (peek().is("def")) {
                return List.of(funcDef(decorators));
            }
            if (peek().is("class")) {
                return List.of(classDef(decorators));
            }
            throw SourceError.syntax(peek().pos(), "invalid syntax");
        }
        return simpleStatements();
    }

    private List<Stmt> simpleStatements() {
        List<Stmt> out = new ArrayList<>();
        out.add(smallStatement());
        while (accept(";")) {
            if (peek().type() == TokenType.NEWLINE || peek().type() == TokenType.EOF) {
                break;
            }
            out.add(smallStatement());
        }
        endOfStatement();
        return out;
    }

    private Stmt smallStatement() {
        Token t = peek();
        Pos pos = t.pos();
        if (t.type() == TokenType.NAME) {
            switch (t.text()) {
                case "pass": p++; return new Pass(pos);
                case "break": p++; return new Break(pos);
                case "continue": p++; return new Continue(pos);
                case "return": {
                    p++;
                    Expr v = atEndOfSimple() ? null : testListStarExpr();
                    return new Return(pos, v);
                }
                case "del": {
                    p++;
                    List<Expr> targets = new ArrayList<>();
                    do {
                        if (atEndOfSimple()) {
                            break;
                        }
                        targets.add(checkTarget(orExpr(), "delete"));
                    } while (accept(","));
                    return new Delete(pos, targets);
                }
                case "global":
                case "nonlocal": {
                    p++;
                    List<String> names = new ArrayList<>();
                    do {
                        names.add(name());
                    } while (accept(","));
                    return t.text().equals("global") ? new Global(pos, names) : new Nonlocal(pos, names);
                }
                case "import": {
                    p++;
                    List<Alias> names = new ArrayList<>();
                    do {
                        Pos ap = peek().pos();
                        String n = dottedName();
                        names.add(new Alias(ap, n, accept("as") ? name() : null));
                    } while (accept(","));
                    return new Import(pos, names);
                }
                case "from": {
                    p++;
                    if (at(".")) {
                        throw SourceError.unsupported(peek().pos(), "relative imports");
                    }
                    String module = dottedName();
                    expect("import", "invalid syntax");
                    boolean paren = accept("(");
                    List<Alias> names = new ArrayList<>();
                    if (at("*")) {
                        throw SourceError.unsupported(peek().pos(), "'from ... import *'");
                    }
                    do {
                        if (paren && at(")")) {
                            break;
                        }
                        Pos ap = peek().pos();
                        String n = name();
                        names.add(new Alias(ap, n, accept("as") ? name() : null));
                    } while (accept(","));
                    if (paren) {
                        expect(")", "'(' was never closed");
                    }
                    return new ImportFrom(pos, module, names);
                }
                case "raise": {
                    p++;
                    if (atEndOfSimple()) {
                        return new Raise(pos, null, null);
                    }
                    Expr exc = expression();
                    Expr cause = accept("from") ? expression() : null;
                    return new Raise(pos, exc, cause);
                }
                case "assert": {
                    p++;
                    Expr test = expression();
                    Expr msg = accept(",") ? expression() : null;
                    return new Assert(pos, test, msg);
                }
                case "yield": throw SourceError.unsupported(pos, "'yield' (generators)");
                case "await": throw SourceError.unsupported(pos, "'await'");
                default:
                    break;
            }
        }
        Expr first = testListStarExpr();
        if (at(":") && !(first instanceof Lambda)) {
            throw SourceError.unsupported(peek().pos(), "type annotations");
        }
        for (Expr.BinOperator op : Expr.BinOperator.values()) {
            if (at(op.symbol + "=")) {
                p++;
                checkTarget(first, "augassign");
                if (first instanceof TupleExpr || first instanceof ListExpr) {
                    throw SourceError.syntax(first.pos(), "'tuple' is an illegal expression for augmented assignment");
                }
                return new AugAssign(pos, first, op, testListStarExpr());
            }
        }
        if (at("@=")) {
            throw SourceError.unsupported(peek().pos(), "the '@' operator (matrix multiplication)");
        }
        if (at("=")) {
            List<Expr> targets = new ArrayList<>();
            Expr value = first;
            while (accept("=")) {
                targets.add(checkTarget(value, "assign"));
                if (peek().is("yield")) {
                    throw SourceError.unsupported(peek().pos(), "'yield' (generators)");
                }
                value = testListStarExpr();
            }
            return new Assign(pos, targets, value);
        }
        return new ExprStmt(pos, first);
    }

    private boolean atEndOfSimple() {
        return peek().type() == TokenType.NEWLINE || peek().type() == TokenType.EOF || at(";");
    }

    private String dottedName() {
        StringBuilder b = new StringBuilder(name());
        while (accept(".")) {
            b.append('.').append(name());
        }
        return b.toString();
    }

    private Expr checkTarget(Expr e, String what) {
        if (e instanceof Name || e instanceof Attribute || e instanceof Subscript) {
            return e;
        }
        if ((e instanceof TupleExpr || e instanceof ListExpr) && !what.equals("augassign")) {
            List<Expr> elts = e instanceof TupleExpr t ? t.elts() : ((ListExpr) e).elts();
            for (Expr x : elts) {
                checkTarget(x instanceof Starred s && !what.equals("delete") ? s.value() : x, what);
            }
            return e;
        }
        if (what.equals("augassign") && (e instanceof TupleExpr || e instanceof ListExpr)) {
            return e;
        }
        String verb = what.equals("delete") ? "delete" : "assign to";
        String desc = e instanceof Call ? "function call" : e instanceof Constant ? "literal"
                : e instanceof Compare ? "comparison" : e instanceof BinOp || e instanceof UnaryOp ? "expression"
                : e instanceof Lambda ? "lambda" : "expression";
        throw SourceError.syntax(e.pos(), "cannot " + verb + " " + desc);
    }

    private List<Stmt> block(String what, Pos header) {
        expect(":", "expected ':'");
        if (peek().type() != TokenType.NEWLINE) {
            return simpleStatements();
        }
        p++;
        if (peek().type() != TokenType.INDENT) {
            throw SourceError.syntax(peek().pos(), "expected an indented block after " + what + " on line " + header.line());
        }
        p++;
        List<Stmt> body = new ArrayList<>();
        while (peek().type() != TokenType.DEDENT && peek().type() != TokenType.EOF) {
            if (peek().type() == TokenType.INDENT) {
                throw SourceError.syntax(peek().pos(), "unexpected indent");
            }
            body.addAll(statement());
        }
        if (peek().type() == TokenType.DEDENT) {
            p++;
        }
        return body;
    }

    private Stmt ifStmt() {
        Token kw = next();
        Expr test = namedExprTest();
        List<Stmt> body = block("'" + kw.text() + "' statement", kw.pos());
        List<Stmt> orelse = List.of();
        if (peek().is("elif")) {
            orelse = List.of(ifStmt());
        } else if (peek().is("else")) {
            Token e = next();
            orelse = block("'else' statement", e.pos());
        }
        return new If(kw.pos(), test, body, orelse);
    }

    private Stmt whileStmt() {
        Token kw = next();
        Expr test = namedExprTest();
        List<Stmt> body = block("'while' statement", kw.pos());
        List<Stmt> orelse = List.of();
        if (peek().is("else")) {
            Token e = next();
            orelse = block("'else' statement", e.pos());
        }
        return new While(kw.pos(), test, body, orelse);
    }

    private Stmt forStmt() {
        Token kw = next();
        Expr target = targetList();
        expect("in", "invalid syntax");
        Expr iter = testListStarExpr();
        List<Stmt> body = block("'for' statement", kw.pos());
        List<Stmt> orelse = List.of();
        if (peek().is("else")) {
            Token e = next();
            orelse = block("'else' statement", e.pos());
        }
        return new For(kw.pos(), target, iter, body, orelse);
    }

    private Expr targetList() {
        Pos pos = peek().pos();
        List<Expr> items = new ArrayList<>();
        boolean comma = false;
        do {
            if (peek().is("in")) {
                break;
            }
            Expr e = at("*") ? starred() : orExpr();
            items.add(checkTarget(e, "assign"));
            if (at(",")) {
                comma = true;
            }
        } while (accept(","));
        return items.size() == 1 && !comma ? items.get(0) : new TupleExpr(pos, items);
    }

    private Stmt funcDef(List<Expr> decorators) {
        Token kw = next();
        String n = name();
        expect("(", "expected '('");
        Params params = parameters(")");
        expect(")", "expected ')'");
        if (accept("->")) {
            throw SourceError.unsupported(tokens.get(p - 1).pos(), "type annotations");
        }
        List<Stmt> body = block("function definition", kw.pos());
        return new FunctionDef(kw.pos(), n, params, body, decorators);
    }

    private Params parameters(String end) {
        List<Params.Param> positional = new ArrayList<>();
        List<Params.Param> kwOnly = new ArrayList<>();
        Params.Param varargs = null;
        Params.Param kwargs = null;
        boolean star = false;
        boolean sawDefault = false;
        while (!at(end)) {
            Pos pos = peek().pos();
            if (accept("/")) {
                throw SourceError.unsupported(pos, "positional-only parameters '/'");
            } else if (accept("**")) {
                kwargs = new Params.Param(pos, name(), null);
            } else if (accept("*")) {
                star = true;
                if (peek().type() == TokenType.NAME) {
                    varargs = new Params.Param(peek().pos(), name(), null);
                }
            } else {
                String n = name();
                if (at(":") && end.equals(")")) {
                    throw SourceError.unsupported(peek().pos(), "type annotations");
                }
                Expr dflt = accept("=") ? expression() : null;
                if (!star) {
                    if (dflt == null && sawDefault) {
                        throw SourceError.syntax(pos, "non-default argument follows default argument");
                    }
                    sawDefault |= dflt != null;
                    positional.add(new Params.Param(pos, n, dflt));
                } else {
                    kwOnly.add(new Params.Param(pos, n, dflt));
                }
            }
            if (!accept(",")) {
                break;
            }
        }
        return new Params(positional, varargs, kwOnly, kwargs);
    }

    private Stmt classDef(List<Expr> decorators) {
        Token kw = next();
        String n = name();
        List<Expr> bases = new ArrayList<>();
        if (accept("(")) {
            while (!at(")")) {
                if (peek().type() == TokenType.NAME && peekAt(1).is("=")) {
                    throw SourceError.unsupported(peek().pos(), "class keyword arguments (metaclasses)");
                }
                bases.add(expression());
                if (!accept(",")) {
                    break;
                }
            }
            expect(")", "'(' was never closed");
        }
        List<Stmt> body = block("class definition", kw.pos());
        return new ClassDef(kw.pos(), n, bases, body, decorators);
    }

    private Stmt tryStmt() {
        Token kw = next();
        List<Stmt> body = block("'try' statement", kw.pos());
        List<ExceptHandler> handlers = new ArrayList<>();
        while (peek().is("except")) {
            Token e = next();
            if (at("*")) {
                throw SourceError.unsupported(peek().pos(), "'except*' (exception groups)");
            }
            Expr type = null;
            String as = null;
            if (!at(":")) {
                type = expression();
                if (accept(",")) {
                    throw SourceError.syntax(type.pos(), "multiple exception types must be parenthesized");
                }
                if (accept("as")) {
                    as = name();
                }
            }
            handlers.add(new ExceptHandler(e.pos(), type, as, block("'except' statement", e.pos())));
        }
        List<Stmt> orelse = List.of();
        List<Stmt> fin = List.of();
        if (peek().is("else")) {
            Token e = next();
            orelse = block("'else' statement", e.pos());
        }
        if (peek().is("finally")) {
            Token f = next();
            fin = block("'finally' statement", f.pos());
        }
        if (handlers.isEmpty() && fin.isEmpty()) {
            throw SourceError.syntax(peek().pos(), "expected 'except' or 'finally' block");
        }
        return new Try(kw.pos(), body, handlers, orelse, fin);
    }

    // ------------------------------------------------------------ expressions

    /** A comma-separated list of expressions (a bare tuple), starred items allowed. */
    private Expr testListStarExpr() {
        Pos pos = peek().pos();
        Expr first = at("*") ? starred() : expression();
        if (!at(",")) {
            return first;
        }
        List<Expr> items = new ArrayList<>();
        items.add(first);
        while (accept(",")) {
            if (atEndOfSimple() || at("=") || at(")") || isAugOp()) {
                break;
            }
            items.add(at("*") ? starred() : expression());
        }
        return new TupleExpr(pos, items);
    }

    private boolean isAugOp() {
        Token t = peek();
        return t.type() == TokenType.OP && t.text().length() >= 2 && t.text().endsWith("=")
                && !t.text().equals("==") && !t.text().equals("<=") && !t.text().equals(">=") && !t.text().equals("!=");
    }

    private Expr starred() {
        Token s = next();
        return new Starred(s.pos(), orExpr());
    }

    private Expr namedExprTest() {
        Expr e = expression();
        if (at(":=")) {
            throw SourceError.unsupported(peek().pos(), "the walrus operator ':='");
        }
        return e;
    }

    Expr expression() {
        if (peek().is("lambda")) {
            return lambda();
        }
        if (peek().is("yield")) {
            throw SourceError.unsupported(peek().pos(), "'yield' (generators)");
        }
        if (peek().is("await")) {
            throw SourceError.unsupported(peek().pos(), "'await'");
        }
        Expr body = orTest();
        if (peek().is("if") ) {
            p++;
            Expr test = orTest();
            if (!peek().is("else")) {
                throw SourceError.syntax(peek().pos(), "expected 'else' after 'if' expression");
            }
            p++;
            Expr orelse = expression();
            return new IfExp(body.pos(), test, body, orelse);
        }
        if (at(":=")) {
            throw SourceError.unsupported(peek().pos(), "the walrus operator ':='");
        }
        return body;
    }

    private Expr lambda() {
        Token kw = next();
        Params params = parameters(":");
        expect(":", "expected ':'");
        return new Lambda(kw.pos(), params, expression());
    }

    private Expr orTest() {
        Expr left = andTest();
        if (!peek().is("or")) {
            return left;
        }
        List<Expr> values = new ArrayList<>(List.of(left));
        while (peek().is("or")) {
            p++;
            values.add(andTest());
        }
        return new BoolOp(left.pos(), false, values);
    }

    private Expr andTest() {
        Expr left = notTest();
        if (!peek().is("and")) {
            return left;
        }
        List<Expr> values = new ArrayList<>(List.of(left));
        while (peek().is("and")) {
            p++;
            values.add(notTest());
        }
        return new BoolOp(left.pos(), true, values);
    }

    private Expr notTest() {
        if (peek().is("not")) {
            Token t = next();
            return new UnaryOp(t.pos(), UnaryOperator.NOT, notTest());
        }
        return comparison();
    }

    private Expr comparison() {
        Expr left = orExpr();
        List<CmpOp> ops = new ArrayList<>();
        List<Expr> comps = new ArrayList<>();
        while (true) {
            CmpOp op = compOp();
            if (op == null) {
                break;
            }
            ops.add(op);
            comps.add(orExpr());
        }
        return ops.isEmpty() ? left : new Compare(left.pos(), left, ops, comps);
    }

    private CmpOp compOp() {
        Token t = peek();
        switch (t.text()) {
            case "==": p++; return CmpOp.EQ;
            case "!=": p++; return CmpOp.NE;
            case "<": p++; return CmpOp.LT;
            case "<=": p++; return CmpOp.LE;
            case ">": p++; return CmpOp.GT;
            case ">=": p++; return CmpOp.GE;
            case "in":
                if (t.type() == TokenType.NAME) {
                    p++;
                    return CmpOp.IN;
                }
                return null;
            case "not":
                if (t.type() == TokenType.NAME && peekAt(1).is("in")) {
                    p += 2;
                    return CmpOp.NOT_IN;
                }
                return null;
            case "is":
                if (t.type() == TokenType.NAME) {
                    p++;
                    if (peek().is("not")) {
                        p++;
                        return CmpOp.IS_NOT;
                    }
                    return CmpOp.IS;
                }
                return null;
            default:
                return null;
        }
    }

    private Expr orExpr() {
        Expr left = xorExpr();
        while (at("|")) {
            p++;
            left = new BinOp(left.pos(), left, BinOperator.BITOR, xorExpr());
        }
        return left;
    }

    private Expr xorExpr() {
        Expr left = andExpr();
        while (at("^")) {
            p++;
            left = new BinOp(left.pos(), left, BinOperator.BITXOR, andExpr());
        }
        return left;
    }

    private Expr andExpr() {
        Expr left = shiftExpr();
        while (at("&")) {
            p++;
            left = new BinOp(left.pos(), left, BinOperator.BITAND, shiftExpr());
        }
        return left;
    }

    private Expr shiftExpr() {
        Expr left = arith();
        while (at("<<") || at(">>")) {
            BinOperator op = next().text().equals("<<") ? BinOperator.LSHIFT : BinOperator.RSHIFT;
            left = new BinOp(left.pos(), left, op, arith());
        }
        return left;
    }

    private Expr arith() {
        Expr left = term();
        while (at("+") || at("-")) {
            BinOperator op = next().text().equals("+") ? BinOperator.ADD : BinOperator.SUB;
            left = new BinOp(left.pos(), left, op, term());
        }
        return left;
    }

    private Expr term() {
        Expr left = factor();
        while (true) {
            BinOperator op;
            if (at("*")) {
                op = BinOperator.MUL;
            } else if (at("/")) {
                op = BinOperator.DIV;
            } else if (at("//")) {
                op = BinOperator.FLOORDIV;
            } else if (at("%")) {
                op = BinOperator.MOD;
            } else if (at("@")) {
                throw SourceError.unsupported(peek().pos(), "the '@' operator (matrix multiplication)");
            } else {
                return left;
            }
            p++;
            left = new BinOp(left.pos(), left, op, factor());
        }
    }

    private Expr factor() {
        Token t = peek();
        if (at("-") || at("+") || at("~")) {
            p++;
            UnaryOperator op = t.text().equals("-") ? UnaryOperator.NEG : t.text().equals("+") ? UnaryOperator.POS : UnaryOperator.INVERT;
            return new UnaryOp(t.pos(), op, factor());
        }
        return power();
    }

    private Expr power() {
        Expr base = primary();
        if (at("**")) {
            p++;
            return new BinOp(base.pos(), base, BinOperator.POW, factor());
        }
        return base;
    }

    private Expr primary() {
        Expr e = atom();
        while (true) {
            if (at("(")) {
                e = call(e);
            } else if (at("[")) {
                p++;
                Expr index = subscript();
                expect("]", "'[' was never closed");
                e = new Subscript(e.pos(), e, index);
            } else if (at(".")) {
                p++;
                Token n = peek();
                if (n.type() != TokenType.NAME) {
                    throw SourceError.syntax(n.pos(), "invalid syntax");
                }
                p++;
                e = new Attribute(e.pos(), e, n.text());
            } else {
                return e;
            }
        }
    }

    private Expr call(Expr func) {
        next();
        List<Expr> args = new ArrayList<>();
        List<Keyword> kws = new ArrayList<>();
        while (!at(")")) {
            Pos pos = peek().pos();
            if (accept("**")) {
                kws.add(new Keyword(pos, null, expression()));
            } else if (at("*")) {
                args.add(starred());
            } else if (peek().type() == TokenType.NAME && peekAt(1).is("=") && !KEYWORDS.contains(peek().text())) {
                String n = next().text();
                p++;
                kws.add(new Keyword(pos, n, expression()));
            } else {
                Expr a = expression();
                if (peek().is("for")) {
                    a = new GeneratorExp(a.pos(), a, comprehensionClauses());
                }
                if (!kws.isEmpty()) {
                    throw SourceError.syntax(a.pos(), "positional argument follows keyword argument");
                }
                args.add(a);
            }
            if (!accept(",")) {
                break;
            }
        }
        expect(")", "'(' was never closed");
        return new Call(func.pos(), func, args, kws);
    }

    private Expr subscript() {
        Pos pos = peek().pos();
        List<Expr> items = new ArrayList<>();
        boolean comma = false;
        do {
            if (at("]")) {
                break;
            }
            items.add(sliceItem());
            if (at(",")) {
                comma = true;
            }
        } while (accept(","));
        return items.size() == 1 && !comma ? items.get(0) : new TupleExpr(pos, items);
    }

    private Expr sliceItem() {
        Pos pos = peek().pos();
        Expr lower = at(":") ? null : expression();
        if (!at(":")) {
            return lower;
        }
        p++;
        Expr upper = at(":") || at("]") || at(",") ? null : expression();
        Expr step = null;
        if (accept(":")) {
            step = at("]") || at(",") ? null : expression();
        }
        return new Slice(pos, lower, upper, step);
    }

    private Expr atom() {
        Token t = peek();
        Pos pos = t.pos();
        switch (t.type()) {
            case NUMBER:
                p++;
                return new Constant(pos, t.value());
            case STRING:
            case FSTRING:
                return strings();
            case NAME:
                switch (t.text()) {
                    case "True": p++; return new Constant(pos, Boolean.TRUE);
                    case "False": p++; return new Constant(pos, Boolean.FALSE);
                    case "None": p++; return new Constant(pos, Singleton.NONE);
                    case "lambda": return lambda();
                    case "yield": throw SourceError.unsupported(pos, "'yield' (generators)");
                    case "await": throw SourceError.unsupported(pos, "'await'");
                    default:
                        if (KEYWORDS.contains(t.text())) {
                            throw SourceError.syntax(pos, "invalid syntax");
                        }
                        p++;
                        return new Name(pos, t.text());
                }
            case OP:
                if (t.text().equals("...")) {
                    p++;
                    return new Constant(pos, Singleton.ELLIPSIS);
                }
                if (t.text().equals("(")) {
                    return parenthesized();
                }
                if (t.text().equals("[")) {
                    return listDisplay();
                }
                if (t.text().equals("{")) {
                    return dictOrSet();
                }
                break;
            case NEWLINE:
            case EOF:
                throw SourceError.syntax(pos, "invalid syntax");
            default:
                break;
        }
        throw SourceError.syntax(pos, "invalid syntax");
    }

    private Expr parenthesized() {
        Token open = next();
        if (accept(")")) {
            return new TupleExpr(open.pos(), List.of());
        }
        if (peek().is("yield")) {
            throw SourceError.unsupported(peek().pos(), "'yield' (generators)");
        }
        Expr first = at("*") ? starred() : expression();
        if (peek().is("for")) {
            Expr g = new GeneratorExp(open.pos(), first, comprehensionClauses());
            expect(")", "'(' was never closed");
            return g;
        }
        if (at(":=")) {
            throw SourceError.unsupported(peek().pos(), "the walrus operator ':='");
        }
        if (accept(")")) {
            return first;
        }
        List<Expr> items = new ArrayList<>(List.of(first));
        while (accept(",")) {
            if (at(")")) {
                break;
            }
            items.add(at("*") ? starred() : expression());
        }
        expect(")", "'(' was never closed");
        return new TupleExpr(open.pos(), items);
    }

    private Expr listDisplay() {
        Token open = next();
        List<Expr> items = new ArrayList<>();
        if (!at("]")) {
            Expr first = at("*") ? starred() : expression();
            if (peek().is("for")) {
                Expr c = new ListComp(open.pos(), first, comprehensionClauses());
                expect("]", "'[' was never closed");
                return c;
            }
            items.add(first);
            while (accept(",")) {
                if (at("]")) {
                    break;
                }
                items.add(at("*") ? starred() : expression());
            }
        }
        expect("]", "'[' was never closed");
        return new ListExpr(open.pos(), items);
    }

    private Expr dictOrSet() {
        Token open = next();
        if (accept("}")) {
            return new DictExpr(open.pos(), List.of(), List.of());
        }
        if (at("**")) {
            throw SourceError.unsupported(peek().pos(), "'**' unpacking in dict displays");
        }
        Expr first = at("*") ? starred() : expression();
        if (accept(":")) {
            Expr value = expression();
            if (peek().is("for")) {
                Expr c = new DictComp(open.pos(), first, value, comprehensionClauses());
                expect("}", "'{' was never closed");
                return c;
            }
            List<Expr> keys = new ArrayList<>(List.of(first));
            List<Expr> values = new ArrayList<>(List.of(value));
            while (accept(",")) {
                if (at("}")) {
                    break;
                }
                keys.add(expression());
                expect(":", "':' expected after dictionary key");
                values.add(expression());
            }
            expect("}", "'{' was never closed");
            return new DictExpr(open.pos(), keys, values);
        }
        if (peek().is("for")) {
            Expr c = new SetComp(open.pos(), first, comprehensionClauses());
            expect("}", "'{' was never closed");
            return c;
        }
        List<Expr> items = new ArrayList<>(List.of(first));
        while (accept(",")) {
            if (at("}")) {
                break;
            }
            items.add(at("*") ? starred() : expression());
        }
        expect("}", "'{' was never closed");
        return new SetExpr(open.pos(), items);
    }

    private List<Comprehension> comprehensionClauses() {
        List<Comprehension> out = new ArrayList<>();
        while (peek().is("for")) {
            Token f = next();
            Expr target = targetList();
            expect("in", "invalid syntax");
            Expr iter = orTest();
            List<Expr> ifs = new ArrayList<>();
            while (peek().is("if")) {
                p++;
                ifs.add(orTestNoCond());
            }
            out.add(new Comprehension(f.pos(), target, iter, ifs));
        }
        if (peek().is("async")) {
            throw SourceError.unsupported(peek().pos(), "async comprehensions");
        }
        return out;
    }

    private Expr orTestNoCond() {
        return orTest();
    }

    /** Adjacent string literals concatenate; any f-string among them makes the whole an f-string. */
    private Expr strings() {
        Pos pos = peek().pos();
        List<Expr> parts = new ArrayList<>();
        boolean anyF = false;
        StringBuilder plain = new StringBuilder();
        while (peek().type() == TokenType.STRING || peek().type() == TokenType.FSTRING) {
            Token t = next();
            if (t.type() == TokenType.STRING) {
                plain.append((String) t.value());
            } else {
                anyF = true;
                if (plain.length() > 0) {
                    parts.add(new Constant(pos, plain.toString()));
                    plain.setLength(0);
                }
                parts.addAll(new FStringParser((String) t.value(), t.text().equals("r"), t.pos()).parse().parts());
            }
        }
        if (!anyF) {
            return new Constant(pos, plain.toString());
        }
        if (plain.length() > 0) {
            parts.add(new Constant(pos, plain.toString()));
        }
        return new FString(pos, parts);
    }

    /** Parses the expression inside an f-string replacement field. */
    static Expr parseFieldExpression(String text, Pos at) {
        List<Token> toks;
        try {
            toks = Lexer.tokenize("(" + text + ")");
        } catch (SourceError e) {
            throw SourceError.syntax(at, "f-string: " + e.detail());
        }
        // Positions inside an f-string are reported at the f-string itself.
        List<Token> placed = new ArrayList<>();
        for (Token t : toks) {
            placed.add(new Token(t.type(), t.text(), t.value(), at));
        }
        Parser sub = new Parser(placed);
        Expr e = sub.expression();
        if (sub.peek().type() != TokenType.NEWLINE && sub.peek().type() != TokenType.EOF) {
            throw SourceError.syntax(at, "f-string: invalid syntax");
        }
        return e;
    }

    static BigInteger unusedBig() {
        return BigInteger.ZERO;
    }
}
