package heapquest.engine.syntax;

import heapquest.engine.syntax.Expr.Attribute;
import heapquest.engine.syntax.Expr.BinOp;
import heapquest.engine.syntax.Expr.BinOperator;
import heapquest.engine.syntax.Expr.BoolOp;
import heapquest.engine.syntax.Expr.Call;
import heapquest.engine.syntax.Expr.CmpOp;
import heapquest.engine.syntax.Expr.Compare;
import heapquest.engine.syntax.Expr.Comprehension;
import heapquest.engine.syntax.Expr.Constant;
import heapquest.engine.syntax.Expr.DictComp;
import heapquest.engine.syntax.Expr.DictExpr;
import heapquest.engine.syntax.Expr.FString;
import heapquest.engine.syntax.Expr.GeneratorExp;
import heapquest.engine.syntax.Expr.IfExp;
import heapquest.engine.syntax.Expr.Keyword;
import heapquest.engine.syntax.Expr.Lambda;
import heapquest.engine.syntax.Expr.ListComp;
import heapquest.engine.syntax.Expr.ListExpr;
import heapquest.engine.syntax.Expr.Name;
import heapquest.engine.syntax.Expr.SetComp;
import heapquest.engine.syntax.Expr.SetExpr;
import heapquest.engine.syntax.Expr.Singleton;
import heapquest.engine.syntax.Expr.Slice;
import heapquest.engine.syntax.Expr.Starred;
import heapquest.engine.syntax.Expr.Subscript;
import heapquest.engine.syntax.Expr.TupleExpr;
import heapquest.engine.syntax.Expr.UnaryOp;
import heapquest.engine.syntax.Expr.UnaryOperator;
import heapquest.engine.syntax.Params.Param;
import heapquest.engine.syntax.Stmt.Alias;
import heapquest.engine.syntax.Stmt.ExceptHandler;
import heapquest.engine.syntax.Token.StringLiteral;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Recursive-descent parser for the Python 3.11 subset, producing {@link Module}, {@link Stmt} and
 * {@link Expr} trees. One method per grammar rule, named after the rule in CPython's grammar
 * (Grammar/python.gram) where there is one.
 *
 * <p>Error reporting follows CPython 3.11 closely, because users are learners who will compare
 * with real Python: same messages, same positions (columns count characters; indentation errors
 * point at the first character of the offending line). Three families:
 * <ul>
 *   <li>syntax errors, raised where they are found;
 *   <li>constructs outside the subset ({@link SourceError#unsupported}), raised where found;
 *   <li>errors CPython only finds after parsing, in its compiler ('return' outside function,
 *       duplicate argument, ...): recorded and raised only if the whole program parses, so a
 *       plain syntax error further down still wins, as in CPython.
 * </ul>
 */
public final class Parser {

    /** State shared between a program's parser and the parsers of its f-string fields. */
    static final class Shared {
        /** The first error CPython would report after parsing, raised if parsing succeeds. */
        SourceError deferred;
        /** Tuples written without parentheses ({@code a, b = ...}): some messages depend on it. */
        final Set<Expr> bareTuples = Collections.newSetFromMap(new IdentityHashMap<>());

        void defer(SourceError error) {
            if (deferred == null) {
                deferred = error;
            }
        }
    }

    private enum Scope { MODULE, CLASS, FUNCTION }

    private static final Set<String> SOFT_KEYWORDS = Set.of("match", "case", "_");

    /**
     * How deeply expressions may nest. CPython gives up near 3000; we stop earlier so that tree
     * walkers on the JVM's default stack (the interpreter's included) cannot overflow it.
     */
    static final int MAX_DEPTH = 1000;

    private final String src;
    private final LineMap map;
    private final List<Token> tokens;
    private final Shared shared;
    private final Targets targets;
    private int p;
    /** The furthest token the parser has looked at (see {@link #preferTokenizerError}). */
    private int furthest;

    // Where we are, for the checks CPython's compiler makes ('return' outside function, ...).
    private Scope scope = Scope.MODULE;
    private int loopDepth;
    /** Nesting of the parse methods that recurse into themselves. */
    private int depth;

    Parser(String src, LineMap map, List<Token> tokens, Shared shared) {
        this.src = src;
        this.map = map;
        this.tokens = tokens;
        this.shared = shared;
        this.targets = new Targets(shared);
    }

    /** Parses a whole program. Throws {@link SourceError} for any syntax error or unsupported construct. */
    public static Module parse(String source) {
        String src = Lexer.normalize(source);
        LineMap map = new LineMap(src);
        Parser parser = new Parser(src, map, Lexer.scanModule(src, map), new Shared());
        try {
            return parser.module(lines(src));
        } catch (SourceError e) {
            throw parser.preferTokenizerError(e);
        }
    }

    /**
     * Parses a single expression, as Python's {@code eval()} would: {@code 1, 2} is a tuple, and
     * leading spaces are ignored. Throws {@link SourceError}.
     */
    public static Expr parseExpression(String source) {
        String src = Lexer.normalize(source);
        LineMap map = new LineMap(src);
        Parser parser = new Parser(src, map, Lexer.scanModule(src, map), new Shared());
        try {
            if (parser.peek().type() == TokenType.INDENT) {
                parser.next();
            }
            Expr e = parser.starExpressions();
            while (parser.peek().type() == TokenType.NEWLINE || parser.peek().type() == TokenType.DEDENT) {
                parser.next();
            }
            if (parser.peek().type() != TokenType.ENDMARKER) {
                throw parser.unexpected(parser.peek());
            }
            parser.checkNotStarred(e);
            TreeDepth.check(e, MAX_DEPTH);
            if (parser.shared.deferred != null) {
                throw parser.shared.deferred;
            }
            return e;
        } catch (SourceError e) {
            throw parser.preferTokenizerError(e);
        }
    }

    private static List<String> lines(String src) {
        List<String> lines = new ArrayList<>(List.of(src.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return List.copyOf(lines);
    }

    // =====================================================================================
    // Tokens
    // =====================================================================================

    /**
     * The current token; reaching the lexer's error token raises its error. Except for a bracket
     * left open at end of input: like CPython's EOF token, it just matches nothing, so the
     * parser can still say what it expected there ({@link #unexpected} then reports it).
     */
    private Token peek() {
        furthest = Math.max(furthest, p);
        Token t = tokens.get(p);
        if (t.type() == TokenType.ERRORTOKEN && !t.text().equals(Lexer.UNCLOSED_AT_EOF)) {
            throw (SourceError) t.value();
        }
        return t;
    }

    /** The token {@code k} ahead, without raising lexer errors (for lookahead only). */
    private Token lookahead(int k) {
        return tokens.get(Math.min(p + k, tokens.size() - 1));
    }

    private Token next() {
        Token t = peek();
        if (t.type() != TokenType.ENDMARKER && t.type() != TokenType.ERRORTOKEN) {
            p++;
        }
        return t;
    }

    private boolean atOp(String op) {
        return peek().isOp(op);
    }

    private boolean atKeyword(String kw) {
        return peek().isKeyword(kw);
    }

    private boolean acceptOp(String op) {
        if (atOp(op)) {
            p++;
            return true;
        }
        return false;
    }

    private boolean acceptKeyword(String kw) {
        if (atKeyword(kw)) {
            p++;
            return true;
        }
        return false;
    }

    private Token expectOp(String op) {
        if (!atOp(op)) {
            throw unexpected(peek());
        }
        return next();
    }

    private Token expectName() {
        Token t = peek();
        if (t.type() != TokenType.NAME) {
            throw unexpected(t);
        }
        return next();
    }

    private boolean atEndOfSimpleStatement() {
        return peek().type() == TokenType.NEWLINE || atOp(";");
    }

    /**
     * {@code forced}: CPython says "expected ':'" wherever the colon is missing (after try, else,
     * finally, def); otherwise only when the line ends there, and "invalid syntax" at the stray
     * token.
     */
    private void expectColon(boolean forced) {
        Token t = peek();
        if (t.isOp(":")) {
            next();
            return;
        }
        if (forced || t.type() == TokenType.NEWLINE) {
            throw SourceError.syntax(t.pos(), "expected ':'");
        }
        throw unexpected(t);
    }

    /** Could this token begin an expression? */
    private static boolean startsExpression(Token t) {
        switch (t.type()) {
            case NAME: case NUMBER: case STRING:
                return true;
            case KEYWORD:
                switch (t.text()) {
                    case "True": case "False": case "None": case "not": case "lambda": case "await": case "yield":
                        return true;
                    default:
                        return false;
                }
            case OP:
                switch (t.text()) {
                    case "(": case "[": case "{": case "-": case "+": case "~": case "...": case "*":
                        return true;
                    default:
                        return false;
                }
            default:
                return false;
        }
    }

    // =====================================================================================
    // Errors
    // =====================================================================================

    /** The error for a token that cannot come next. */
    private SourceError unexpected(Token t) {
        switch (t.type()) {
            case ERRORTOKEN:
                return (SourceError) t.value();
            case INDENT:
                return SourceError.syntax(t.pos(), "unexpected indent");
            case OP:
                if (t.text().equals(":=")) {
                    return SourceError.unsupported(t.pos(), "walrus operator ':='");
                }
                break;
            case KEYWORD:
                switch (t.text()) {
                    case "yield": return yieldUnsupported(t);
                    case "await": return SourceError.unsupported(t.pos(), "'await'");
                    case "async": return asyncUnsupported(t);
                    default: break;
                }
                break;
            default:
                break;
        }
        return SourceError.syntax(t.pos(), "invalid syntax");
    }

    /**
     * CPython's rule for which error wins: when the parser fails, the rest of the file is still
     * tokenized, and a tokenizer error found there (an unterminated string, a bad dedent, a
     * stray bracket) is reported instead, being the likelier cause. A bracket still open at the
     * end of the file wins only if the parser had read past the bracket's line.
     */
    private SourceError preferTokenizerError(SourceError parserError) {
        Token last = tokens.get(tokens.size() - 1);
        if (last.type() != TokenType.ERRORTOKEN) {
            return parserError;
        }
        SourceError lexerError = (SourceError) last.value();
        if (lexerError == parserError || lexerError.kind() != SourceError.Kind.SYNTAX) {
            return parserError;
        }
        if (last.text().equals(Lexer.UNCLOSED_AT_EOF)) {
            int lineReached = tokens.get(Math.min(furthest, tokens.size() - 1)).pos().line();
            return lineReached > lexerError.pos().line() ? lexerError : parserError;
        }
        return lexerError;
    }

    /** For the current token {@code t}, a 'yield' keyword. */
    private SourceError yieldUnsupported(Token t) {
        return lookahead(1).isKeyword("from")
                ? SourceError.unsupported(t.pos(), "'yield from'")
                : SourceError.unsupported(t.pos(), "'yield' (generators)");
    }

    /** For the current token {@code t}, an 'async' keyword. */
    private SourceError asyncUnsupported(Token t) {
        Token after = lookahead(1);
        if (after.isKeyword("def") || after.isKeyword("for") || after.isKeyword("with")) {
            return SourceError.unsupported(t.pos(), "'async " + after.text() + "'");
        }
        return SourceError.unsupported(t.pos(), "'async'");
    }

    /**
     * Inside brackets, an element directly followed by something that parses as another
     * expression is most likely a missing comma: CPython says so, and so do we. Call with the
     * index of the first token of the element just parsed, when the next token is not a comma.
     */
    private void checkMissingComma(int elementStart) {
        Token t = peek();
        if (!startsExpression(t)) {
            return;
        }
        Token first = tokens.get(elementStart);
        boolean singleName = p == elementStart + 1 && first.type() == TokenType.NAME;
        if (singleName && (t.type() == TokenType.STRING || SOFT_KEYWORDS.contains(first.text()))) {
            return; // CPython's own exceptions: f(a 'b') and soft keywords stay "invalid syntax"
        }
        int save = p;
        try {
            expression();
        } catch (SourceError e) {
            return;
        } finally {
            p = save;
        }
        throw SourceError.syntax(first.pos(), "invalid syntax. Perhaps you forgot a comma?");
    }

    // =====================================================================================
    // Statements
    // =====================================================================================

    private Module module(List<String> lines) {
        List<Stmt> body = new ArrayList<>();
        while (peek().type() != TokenType.ENDMARKER) {
            statement(body);
        }
        TreeDepth.check(body, MAX_DEPTH);
        if (shared.deferred != null) {
            throw shared.deferred;
        }
        return new Module(body, lines);
    }

    /** One statement line (or compound statement), appended to {@code out}. */
    private void statement(List<Stmt> out) {
        Token t = peek();
        switch (t.type()) {
            case INDENT:
                throw SourceError.syntax(t.pos(), "unexpected indent");
            case KEYWORD:
                switch (t.text()) {
                    case "if": out.add(ifStatement()); return;
                    case "while": out.add(whileStatement()); return;
                    case "for": out.add(forStatement()); return;
                    case "try": out.add(tryStatement()); return;
                    case "def": out.add(functionDef(List.of())); return;
                    case "class": out.add(classDef(List.of())); return;
                    case "with": throw SourceError.unsupported(t.pos(), "'with' statements");
                    case "async": throw asyncUnsupported(t);
                    default: break;
                }
                break;
            case OP:
                if (t.isOp("@")) {
                    out.add(decorated());
                    return;
                }
                break;
            case NAME:
                if (t.text().equals("match") && looksLikeMatchStatement()) {
                    throw SourceError.unsupported(t.pos(), "'match' statements");
                }
                break;
            default:
                break;
        }
        simpleStatements(out);
    }

    /**
     * {@code match} is a soft keyword: {@code match = 3} is an assignment. A logical line that
     * starts with it and ends with ':' can only be a match statement (no simple statement ends
     * with a colon).
     */
    private boolean looksLikeMatchStatement() {
        int k = p + 1;
        if (tokens.get(k).isOp(":") || tokens.get(k).isOp("=")) {
            return false;
        }
        while (k < tokens.size() && tokens.get(k).type() != TokenType.NEWLINE
                && tokens.get(k).type() != TokenType.ENDMARKER && tokens.get(k).type() != TokenType.ERRORTOKEN) {
            k++;
        }
        return k < tokens.size() && tokens.get(k).type() == TokenType.NEWLINE && tokens.get(k - 1).isOp(":");
    }

    /** {@code simple_stmt (';' simple_stmt)* [';'] NEWLINE}: each statement gets its own node and position. */
    private void simpleStatements(List<Stmt> out) {
        while (true) {
            out.add(simpleStatement());
            if (!acceptOp(";") || peek().type() == TokenType.NEWLINE) {
                break;
            }
        }
        Token t = peek();
        if (t.type() != TokenType.NEWLINE) {
            throw unexpected(t);
        }
        next();
    }

    /**
     * A block after a compound statement's ':': an indented suite, or simple statements on the
     * same line. {@code what} names the statement for "expected an indented block after ...".
     */
    private List<Stmt> block(String what, Token header) {
        List<Stmt> body = new ArrayList<>();
        if (peek().type() != TokenType.NEWLINE) {
            simpleStatements(body);
            return body;
        }
        next();
        Token t = peek();
        if (t.type() != TokenType.INDENT) {
            throw SourceError.syntax(t.pos(),
                    "expected an indented block after " + what + " on line " + header.pos().line());
        }
        next();
        while (peek().type() != TokenType.DEDENT && peek().type() != TokenType.ENDMARKER) {
            statement(body);
        }
        next();
        return body;
    }

    private Stmt simpleStatement() {
        Token t = peek();
        if (t.type() == TokenType.KEYWORD) {
            switch (t.text()) {
                case "pass":
                    next();
                    return new Stmt.Pass(t.pos());
                case "break":
                    next();
                    if (loopDepth == 0) {
                        shared.defer(SourceError.syntax(t.pos(), "'break' outside loop"));
                    }
                    return new Stmt.Break(t.pos());
                case "continue":
                    next();
                    if (loopDepth == 0) {
                        shared.defer(SourceError.syntax(t.pos(), "'continue' not properly in loop"));
                    }
                    return new Stmt.Continue(t.pos());
                case "return":
                    return returnStatement();
                case "del":
                    return delStatement();
                case "global":
                case "nonlocal":
                    return globalStatement();
                case "import":
                    return importStatement();
                case "from":
                    return fromImport();
                case "raise":
                    return raiseStatement();
                case "assert":
                    return assertStatement();
                case "yield":
                    throw yieldUnsupported(t);
                default:
                    break;
            }
        }
        return expressionStatement();
    }

    /** Expression statements, assignments (plain, chained, unpacking) and augmented assignments. */
    private Stmt expressionStatement() {
        Token first = peek();
        int startIndex = p;
        Expr e = starExpressions();
        Token t = peek();
        if (t.isOp("=")) {
            return assignment(first, e);
        }
        BinOperator aug = augmentedOperator(t);
        if (aug != null) {
            if (!(e instanceof Name || e instanceof Attribute || e instanceof Subscript)) {
                throw SourceError.syntax(e.pos(), "'" + Targets.exprName(e) + "' is an illegal expression for augmented assignment");
            }
            next();
            if (atKeyword("yield")) {
                throw yieldUnsupported(peek());
            }
            Expr value = starExpressions();
            checkNotStarred(value);
            return new Stmt.AugAssign(first.pos(), e, aug, value);
        }
        if (t.isOp(":")) {
            throw SourceError.unsupported(t.pos(), "type annotations");
        }
        if (!atEndOfSimpleStatement()) {
            // Python 2 habits: print "hello"
            if (p == startIndex + 1 && first.type() == TokenType.NAME
                    && (first.text().equals("print") || first.text().equals("exec")) && startsExpression(t)) {
                throw SourceError.syntax(first.pos(), "Missing parentheses in call to '" + first.text()
                        + "'. Did you mean " + first.text() + "(...)?");
            }
            throw unexpected(t);
        }
        checkNotStarred(e);
        return new Stmt.ExprStmt(first.pos(), e);
    }

    private BinOperator augmentedOperator(Token t) {
        if (t.type() != TokenType.OP || t.text().length() < 2 || !t.text().endsWith("=")) {
            return null;
        }
        String op = t.text().substring(0, t.text().length() - 1);
        if (op.equals("@")) {
            throw SourceError.unsupported(t.pos(), "the '@' operator (matrix multiplication)");
        }
        for (BinOperator b : BinOperator.values()) {
            if (b.symbol.equals(op)) {
                return b;
            }
        }
        return null; // ==, <=, >=, !=
    }

    /** A lone {@code *x} where a value is needed. CPython's compiler rejects it. */
    private void checkNotStarred(Expr e) {
        if (e instanceof Starred) {
            shared.defer(SourceError.syntax(e.pos(), "can't use starred expression here"));
        }
    }

    private Stmt assignment(Token first, Expr lhs) {
        List<Expr> parts = new ArrayList<>();
        parts.add(lhs);
        while (acceptOp("=")) {
            if (atKeyword("yield")) {
                throw yieldUnsupported(peek());
            }
            parts.add(starExpressions());
        }
        if (!atEndOfSimpleStatement()) {
            throw unexpected(peek());
        }
        Expr value = parts.remove(parts.size() - 1);
        targets.checkAssignment(parts, value);
        checkNotStarred(value);
        return new Stmt.Assign(first.pos(), parts, value);
    }

    private Stmt returnStatement() {
        Token kw = next();
        if (scope != Scope.FUNCTION) {
            shared.defer(SourceError.syntax(kw.pos(), "'return' outside function"));
        }
        Expr value = null;
        if (!atEndOfSimpleStatement()) {
            value = starExpressions();
            checkNotStarred(value);
        }
        return new Stmt.Return(kw.pos(), value);
    }

    private Stmt delStatement() {
        Token kw = next();
        List<Expr> deleted = new ArrayList<>();
        do {
            if (atEndOfSimpleStatement() && !deleted.isEmpty()) {
                break; // del a, b,
            }
            Token start = peek();
            deleted.add(start.isOp("*") ? starred() : expression());
        } while (acceptOp(","));
        for (Expr t : deleted) {
            Expr bad = Targets.invalid(t, true);
            if (bad != null) {
                throw SourceError.syntax(bad.pos(), "cannot delete " + Targets.exprName(bad));
            }
        }
        return new Stmt.Delete(kw.pos(), deleted);
    }

    private Stmt globalStatement() {
        Token kw = next();
        List<String> names = new ArrayList<>();
        do {
            names.add(expectName().text());
        } while (acceptOp(","));
        if (kw.text().equals("global")) {
            return new Stmt.Global(kw.pos(), names);
        }
        if (scope == Scope.MODULE) {
            shared.defer(SourceError.syntax(kw.pos(), "nonlocal declaration not allowed at module level"));
        }
        return new Stmt.Nonlocal(kw.pos(), names);
    }

    private String dottedName() {
        StringBuilder name = new StringBuilder(expectName().text());
        while (acceptOp(".")) {
            name.append('.').append(expectName().text());
        }
        return name.toString();
    }

    private Stmt importStatement() {
        Token kw = next();
        List<Alias> names = new ArrayList<>();
        do {
            Token start = peek();
            String name = dottedName();
            String asName = acceptKeyword("as") ? expectName().text() : null;
            names.add(new Alias(start.pos(), name, asName));
        } while (acceptOp(","));
        return new Stmt.Import(kw.pos(), names);
    }

    private Stmt fromImport() {
        Token kw = next();
        if (atOp(".") || atOp("...")) {
            throw SourceError.unsupported(peek().pos(), "relative imports");
        }
        String module = dottedName();
        if (!acceptKeyword("import")) {
            throw unexpected(peek());
        }
        if (atOp("*")) {
            throw SourceError.unsupported(peek().pos(), "'from ... import *'");
        }
        boolean parenthesized = acceptOp("(");
        List<Alias> names = new ArrayList<>();
        while (true) {
            Token name = expectName();
            String asName = acceptKeyword("as") ? expectName().text() : null;
            names.add(new Alias(name.pos(), name.text(), asName));
            if (!acceptOp(",")) {
                break;
            }
            if (parenthesized && atOp(")")) {
                break;
            }
            if (!parenthesized && atEndOfSimpleStatement()) {
                throw SourceError.syntax(peek().pos(), "trailing comma not allowed without surrounding parentheses");
            }
        }
        if (parenthesized) {
            expectOp(")");
        }
        return new Stmt.ImportFrom(kw.pos(), module, names);
    }

    private Stmt raiseStatement() {
        Token kw = next();
        Expr exc = null;
        Expr cause = null;
        if (!atEndOfSimpleStatement()) {
            exc = expression();
            if (acceptKeyword("from")) {
                cause = expression();
            }
        }
        return new Stmt.Raise(kw.pos(), exc, cause);
    }

    private Stmt assertStatement() {
        Token kw = next();
        Expr test = expression();
        Expr msg = acceptOp(",") ? expression() : null;
        return new Stmt.Assert(kw.pos(), test, msg);
    }

    // ---- compound statements ----

    /** The condition of if/elif/while, with CPython's hint for {@code if x = 1:}. */
    private Expr condition() {
        Expr test = namedExpression();
        if (atOp("=")) {
            targets.checkConditionTypo(test);
        }
        return test;
    }

    /** {@code if}/{@code elif}: an elif becomes an If alone in the orelse of the previous one. */
    private Stmt ifStatement() {
        Token kw = next();
        Expr test = condition();
        expectColon(false);
        List<Stmt> body = block("'" + kw.text() + "' statement", kw);
        List<Stmt> orelse = List.of();
        if (atKeyword("elif")) {
            orelse = List.of(ifStatement());
        } else if (atKeyword("else")) {
            orelse = elseBlock();
        }
        return new Stmt.If(kw.pos(), test, body, orelse);
    }

    private List<Stmt> elseBlock() {
        Token kw = next();
        expectColon(true);
        return block("'else' statement", kw);
    }

    private Stmt whileStatement() {
        Token kw = next();
        Expr test = condition();
        expectColon(false);
        List<Stmt> body = loopBody("'while' statement", kw);
        List<Stmt> orelse = atKeyword("else") ? elseBlock() : List.of();
        return new Stmt.While(kw.pos(), test, body, orelse);
    }

    private List<Stmt> loopBody(String what, Token kw) {
        loopDepth++;
        try {
            return block(what, kw);
        } finally {
            loopDepth--;
        }
    }

    private Stmt forStatement() {
        Token kw = next();
        Expr target = targetList();
        if (!acceptKeyword("in")) {
            throw unexpected(peek());
        }
        targets.checkFor(target);
        Expr iter = starExpressions();
        expectColon(false);
        List<Stmt> body = loopBody("'for' statement", kw);
        List<Stmt> orelse = atKeyword("else") ? elseBlock() : List.of();
        return new Stmt.For(kw.pos(), target, iter, body, orelse);
    }

    private Stmt tryStatement() {
        Token kw = next();
        expectColon(true);
        List<Stmt> body = block("'try' statement", kw);
        List<ExceptHandler> handlers = new ArrayList<>();
        while (atKeyword("except")) {
            Token ex = next();
            if (atOp("*")) {
                throw SourceError.unsupported(peek().pos(), "'except*' (exception groups)");
            }
            Expr type = null;
            String name = null;
            if (!atOp(":") && peek().type() != TokenType.NEWLINE) {
                type = expression();
                if (atOp(",")) {
                    throw SourceError.syntax(type.pos(), "multiple exception types must be parenthesized");
                }
                if (acceptKeyword("as")) {
                    name = expectName().text();
                }
            }
            expectColon(false);
            handlers.add(new ExceptHandler(ex.pos(), type, name, block("'except' statement", ex)));
        }
        for (int k = 0; k < handlers.size() - 1; k++) {
            if (handlers.get(k).type() == null) {
                shared.defer(SourceError.syntax(handlers.get(k).pos(), "default 'except:' must be last"));
            }
        }
        List<Stmt> orelse = List.of();
        if (!handlers.isEmpty() && atKeyword("else")) {
            orelse = elseBlock();
        }
        List<Stmt> finalbody = List.of();
        boolean hasFinally = false;
        if (atKeyword("finally")) {
            Token fin = next();
            expectColon(true);
            finalbody = block("'finally' statement", fin);
            hasFinally = true;
        }
        if (handlers.isEmpty() && !hasFinally) {
            throw SourceError.syntax(peek().pos(), "expected 'except' or 'finally' block");
        }
        return new Stmt.Try(kw.pos(), body, handlers, orelse, finalbody);
    }

    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        while (acceptOp("@")) {
            decorators.add(namedExpression());
            if (peek().type() != TokenType.NEWLINE) {
                throw unexpected(peek());
            }
            next();
        }
        Token t = peek();
        if (t.isKeyword("def")) {
            return functionDef(decorators);
        }
        if (t.isKeyword("class")) {
            return classDef(decorators);
        }
        throw unexpected(t);
    }

    /** The position of a decorated definition is its 'def'/'class' keyword, as in CPython 3.8+. */
    private Stmt functionDef(List<Expr> decorators) {
        Token kw = next();
        Token name = expectName();
        if (!atOp("(")) {
            throw SourceError.syntax(peek().pos(), "expected '('");
        }
        next();
        Params params = parameters(")");
        expectOp(")");
        if (atOp("->")) {
            throw SourceError.unsupported(peek().pos(), "type annotations");
        }
        expectColon(true);
        Scope outerScope = scope;
        int outerLoops = loopDepth;
        scope = Scope.FUNCTION;
        loopDepth = 0;
        try {
            List<Stmt> body = block("function definition", kw);
            return new Stmt.FunctionDef(kw.pos(), name.text(), params, body, decorators);
        } finally {
            scope = outerScope;
            loopDepth = outerLoops;
        }
    }

    private Stmt classDef(List<Expr> decorators) {
        Token kw = next();
        Token name = expectName();
        List<Expr> bases = List.of();
        if (atOp("(")) {
            Token open = next();
            Call call = callArguments(new Name(name.pos(), name.text()), open, name.pos(), false);
            if (!call.keywords().isEmpty()) {
                throw SourceError.unsupported(call.keywords().get(0).pos(), "keyword arguments in class definitions");
            }
            for (Expr base : call.args()) {
                if (base instanceof Starred) {
                    throw SourceError.unsupported(base.pos(), "'*' unpacking in class bases");
                }
            }
            bases = call.args();
        }
        expectColon(false);
        Scope outerScope = scope;
        int outerLoops = loopDepth;
        scope = Scope.CLASS;
        loopDepth = 0;
        try {
            List<Stmt> body = block("class definition", kw);
            return new Stmt.ClassDef(kw.pos(), name.text(), bases, body, decorators);
        } finally {
            scope = outerScope;
            loopDepth = outerLoops;
        }
    }

    /**
     * Parameters of a def (closed by ')') or a lambda (closed by ':'):
     * {@code a, b=1, *args, c, d=2, **kwargs}.
     */
    private Params parameters(String close) {
        boolean lambda = close.equals(":");
        List<Param> positional = new ArrayList<>();
        List<Param> keywordOnly = new ArrayList<>();
        Param varargs = null;
        Param kwargs = null;
        Token star = null;
        boolean sawDefault = false;
        Set<String> names = new HashSet<>();
        while (!atOp(close)) {
            Token t = peek();
            Param param;
            if (kwargs != null) {
                throw SourceError.syntax(t.pos(), "arguments cannot follow var-keyword argument");
            }
            if (t.isOp("/")) {
                throw SourceError.unsupported(t.pos(), "positional-only parameters '/'");
            }
            if (t.isOp("**")) {
                next();
                param = kwargs = parameter(lambda, "var-keyword");
            } else if (t.isOp("*")) {
                if (star != null) {
                    throw SourceError.syntax(t.pos(), "* argument may appear only once");
                }
                star = next();
                if (peek().type() != TokenType.NAME) {
                    if (!acceptOp(",")) {
                        break; // a bare '*' at the end: reported below
                    }
                    continue;
                }
                param = varargs = parameter(lambda, "var-positional");
            } else {
                param = parameter(lambda, null);
                if (star != null) {
                    keywordOnly.add(param);
                } else {
                    if (param.defaultValue() == null && sawDefault) {
                        throw SourceError.syntax(param.pos(), "non-default argument follows default argument");
                    }
                    sawDefault |= param.defaultValue() != null;
                    positional.add(param);
                }
            }
            if (!names.add(param.name())) {
                shared.defer(SourceError.syntax(param.pos(), "duplicate argument '" + param.name() + "' in function definition"));
            }
            if (!acceptOp(",")) {
                break;
            }
        }
        if (star != null && varargs == null && keywordOnly.isEmpty()) {
            throw SourceError.syntax(star.pos(), "named arguments must follow bare *");
        }
        return new Params(positional, varargs, keywordOnly, kwargs);
    }

    /** One parameter name with its default; {@code variadic} names *args/**kwargs, which take none. */
    private Param parameter(boolean lambda, String variadic) {
        Token name = expectName();
        if (!lambda && atOp(":")) {
            throw SourceError.unsupported(peek().pos(), "type annotations");
        }
        Expr defaultValue = null;
        if (atOp("=")) {
            if (variadic != null) {
                throw SourceError.syntax(peek().pos(), variadic + " argument cannot have default value");
            }
            next();
            defaultValue = expression();
        }
        return new Param(name.pos(), name.text(), defaultValue);
    }

    // =====================================================================================
    // Expressions, loosest binding first
    // =====================================================================================

    /** {@code star_expressions}: expressions with optional *, a bare tuple if there are commas. */
    private Expr starExpressions() {
        Token first = peek();
        Expr e = starExpression();
        if (!atOp(",")) {
            return e;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(e);
        while (acceptOp(",") && startsExpression(peek())) {
            elts.add(starExpression());
        }
        TupleExpr tuple = new TupleExpr(first.pos(), elts);
        shared.bareTuples.add(tuple);
        return tuple;
    }

    private Expr starExpression() {
        return atOp("*") ? starred() : expression();
    }

    private Expr starred() {
        Token star = next();
        return new Starred(star.pos(), bitwiseOr());
    }

    /** {@code star_named_expression}: an element of a display. */
    private Expr starNamedExpression() {
        return atOp("*") ? starred() : namedExpression();
    }

    /** Where Python allows {@code :=}. Walrus is outside the subset; a ':=' after this is reported by {@link #unexpected}. */
    private Expr namedExpression() {
        return expression();
    }

    /** {@code expression}: a conditional expression, a lambda, or a disjunction. */
    private Expr expression() {
        enter();
        try {
            return conditional();
        } finally {
            depth--;
        }
    }

    /** Guards the recursion: pathological nesting is refused before it overflows the stack. */
    private void enter() {
        if (++depth > MAX_DEPTH) {
            depth--;
            throw tooDeep(peek().pos());
        }
    }

    static SourceError tooDeep(Pos pos) {
        return SourceError.unsupported(pos, "expressions nested more than " + MAX_DEPTH + " levels deep");
    }

    private Expr conditional() {
        Token start = peek();
        if (start.isKeyword("lambda")) {
            return lambda();
        }
        Expr body = disjunction();
        if (!atKeyword("if")) {
            return body;
        }
        next();
        Expr test = disjunction();
        if (!acceptKeyword("else")) {
            if (atOp(":")) {
                throw unexpected(peek());
            }
            throw SourceError.syntax(start.pos(), "expected 'else' after 'if' expression");
        }
        Expr orelse = expression();
        return new IfExp(start.pos(), test, body, orelse);
    }

    private Expr lambda() {
        Token kw = next();
        Params params = parameters(":");
        expectOp(":");
        Expr body = expression();
        return new Lambda(kw.pos(), params, body);
    }

    private Expr disjunction() {
        Token start = peek();
        Expr first = conjunction();
        if (!atKeyword("or")) {
            return first;
        }
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (acceptKeyword("or")) {
            values.add(conjunction());
        }
        return new BoolOp(start.pos(), false, values);
    }

    private Expr conjunction() {
        Token start = peek();
        Expr first = inversion();
        if (!atKeyword("and")) {
            return first;
        }
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (acceptKeyword("and")) {
            values.add(inversion());
        }
        return new BoolOp(start.pos(), true, values);
    }

    private Expr inversion() {
        if (!atKeyword("not")) {
            return comparison();
        }
        Token not = next();
        enter();
        try {
            return new UnaryOp(not.pos(), UnaryOperator.NOT, inversion());
        } finally {
            depth--;
        }
    }

    private Expr comparison() {
        Token start = peek();
        Expr left = bitwiseOr();
        List<CmpOp> ops = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        for (CmpOp op = comparisonOperator(); op != null; op = comparisonOperator()) {
            ops.add(op);
            comparators.add(bitwiseOr());
        }
        return ops.isEmpty() ? left : new Compare(start.pos(), left, ops, comparators);
    }

    /** Consumes a comparison operator ({@code not in} and {@code is not} are two tokens), or returns null. */
    private CmpOp comparisonOperator() {
        Token t = peek();
        if (t.type() == TokenType.OP) {
            CmpOp op = switch (t.text()) {
                case "==" -> CmpOp.EQ;
                case "!=" -> CmpOp.NE;
                case "<" -> CmpOp.LT;
                case "<=" -> CmpOp.LE;
                case ">" -> CmpOp.GT;
                case ">=" -> CmpOp.GE;
                default -> null;
            };
            if (op != null) {
                next();
            }
            return op;
        }
        if (t.isKeyword("in")) {
            next();
            return CmpOp.IN;
        }
        if (t.isKeyword("not") && lookahead(1).isKeyword("in")) {
            next();
            next();
            return CmpOp.NOT_IN;
        }
        if (t.isKeyword("is")) {
            next();
            return acceptKeyword("not") ? CmpOp.IS_NOT : CmpOp.IS;
        }
        return null;
    }

    private Expr bitwiseOr() {
        Token start = peek();
        Expr left = bitwiseXor();
        while (atOp("|")) {
            next();
            left = new BinOp(start.pos(), left, BinOperator.BITOR, bitwiseXor());
        }
        return left;
    }

    private Expr bitwiseXor() {
        Token start = peek();
        Expr left = bitwiseAnd();
        while (atOp("^")) {
            next();
            left = new BinOp(start.pos(), left, BinOperator.BITXOR, bitwiseAnd());
        }
        return left;
    }

    private Expr bitwiseAnd() {
        Token start = peek();
        Expr left = shiftExpr();
        while (atOp("&")) {
            next();
            left = new BinOp(start.pos(), left, BinOperator.BITAND, shiftExpr());
        }
        return left;
    }

    private Expr shiftExpr() {
        Token start = peek();
        Expr left = sum();
        while (atOp("<<") || atOp(">>")) {
            BinOperator op = next().text().equals("<<") ? BinOperator.LSHIFT : BinOperator.RSHIFT;
            left = new BinOp(start.pos(), left, op, sum());
        }
        return left;
    }

    private Expr sum() {
        Token start = peek();
        Expr left = term();
        while (atOp("+") || atOp("-")) {
            BinOperator op = next().text().equals("+") ? BinOperator.ADD : BinOperator.SUB;
            left = new BinOp(start.pos(), left, op, term());
        }
        return left;
    }

    private Expr term() {
        Token start = peek();
        Expr left = factor();
        while (true) {
            Token t = peek();
            BinOperator op;
            if (t.isOp("*")) op = BinOperator.MUL;
            else if (t.isOp("/")) op = BinOperator.DIV;
            else if (t.isOp("//")) op = BinOperator.FLOORDIV;
            else if (t.isOp("%")) op = BinOperator.MOD;
            else if (t.isOp("@")) throw SourceError.unsupported(t.pos(), "the '@' operator (matrix multiplication)");
            else return left;
            next();
            left = new BinOp(start.pos(), left, op, factor());
        }
    }

    private Expr factor() {
        Token t = peek();
        UnaryOperator op = t.isOp("-") ? UnaryOperator.NEG : t.isOp("+") ? UnaryOperator.POS
                : t.isOp("~") ? UnaryOperator.INVERT : null;
        if (op == null) {
            return power();
        }
        next();
        enter();
        try {
            return new UnaryOp(t.pos(), op, factor());
        } finally {
            depth--;
        }
    }

    /** {@code primary ** factor}: right-associative, and tighter than a unary minus on its left. */
    private Expr power() {
        Token start = peek();
        if (start.isKeyword("await")) {
            throw SourceError.unsupported(start.pos(), "'await'");
        }
        Expr base = primary();
        if (!atOp("**")) {
            return base;
        }
        next();
        return new BinOp(start.pos(), base, BinOperator.POW, factor());
    }

    /** An atom followed by attribute references, calls and subscripts. */
    private Expr primary() {
        Token start = peek();
        Expr e = atom();
        while (true) {
            Token t = peek();
            if (t.isOp(".")) {
                next();
                e = new Attribute(start.pos(), e, expectName().text());
            } else if (t.isOp("(")) {
                next();
                e = callArguments(e, t, start.pos(), true);
            } else if (t.isOp("[")) {
                next();
                e = new Subscript(start.pos(), e, slices());
            } else {
                return e;
            }
        }
    }

    private Expr atom() {
        Token t = peek();
        switch (t.type()) {
            case NAME:
                next();
                return new Name(t.pos(), t.text());
            case NUMBER:
                next();
                return new Constant(t.pos(), t.value());
            case STRING:
                return strings();
            case KEYWORD:
                switch (t.text()) {
                    case "True": next(); return new Constant(t.pos(), Boolean.TRUE);
                    case "False": next(); return new Constant(t.pos(), Boolean.FALSE);
                    case "None": next(); return new Constant(t.pos(), Singleton.NONE);
                    default: break;
                }
                break;
            case OP:
                switch (t.text()) {
                    case "(": return parenthesized();
                    case "[": return listDisplay();
                    case "{": return braceDisplay();
                    case "...": next(); return new Constant(t.pos(), Singleton.ELLIPSIS);
                    default: break;
                }
                break;
            default:
                break;
        }
        throw unexpected(t);
    }

    /** {@code ( ... )}: empty tuple, group, tuple or generator expression. */
    private Expr parenthesized() {
        Token open = next();
        if (acceptOp(")")) {
            return new TupleExpr(open.pos(), new ArrayList<>());
        }
        if (atKeyword("yield")) {
            throw yieldUnsupported(peek());
        }
        int start = p;
        Expr first = starNamedExpression();
        if (atKeyword("for") || atKeyword("async")) {
            if (first instanceof Starred) {
                throw SourceError.syntax(first.pos(), "iterable unpacking cannot be used in comprehension");
            }
            List<Comprehension> generators = comprehensionClauses();
            expectOp(")");
            return new GeneratorExp(open.pos(), first, generators);
        }
        if (acceptOp(")")) {
            if (first instanceof Starred) {
                throw SourceError.syntax(first.pos(), "cannot use starred expression here");
            }
            return first; // a parenthesized expression keeps its own position, as in CPython
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        elementEnd(start, ")");
        while (acceptOp(",") && !atOp(")")) {
            start = p;
            elts.add(starNamedExpression());
            elementEnd(start, ")");
        }
        expectOp(")");
        return new TupleExpr(open.pos(), elts);
    }

    /** After an element of a bracketed list: a comma or the closing bracket must follow. */
    private void elementEnd(int elementStart, String close) {
        if (!atOp(",") && !atOp(close)) {
            checkMissingComma(elementStart);
            throw unexpected(peek());
        }
    }

    private Expr listDisplay() {
        Token open = next();
        List<Expr> elts = new ArrayList<>();
        if (acceptOp("]")) {
            return new ListExpr(open.pos(), elts);
        }
        int start = p;
        Expr first = starNamedExpression();
        if (atKeyword("for") || atKeyword("async")) {
            if (first instanceof Starred) {
                throw SourceError.syntax(first.pos(), "iterable unpacking cannot be used in comprehension");
            }
            List<Comprehension> generators = comprehensionClauses();
            expectOp("]");
            return new ListComp(open.pos(), first, generators);
        }
        elts.add(first);
        elementEnd(start, "]");
        while (acceptOp(",") && !atOp("]")) {
            start = p;
            elts.add(starNamedExpression());
            elementEnd(start, "]");
        }
        expectOp("]");
        return new ListExpr(open.pos(), elts);
    }

    /** {@code { ... }}: dict, set, or their comprehensions. {@code {}} is an empty dict. */
    private Expr braceDisplay() {
        Token open = next();
        if (acceptOp("}")) {
            return new DictExpr(open.pos(), new ArrayList<>(), new ArrayList<>());
        }
        if (atOp("**")) {
            throw SourceError.unsupported(peek().pos(), "'**' unpacking in dict displays");
        }
        int start = p;
        Expr first = starNamedExpression();
        if (!(first instanceof Starred) && acceptOp(":")) {
            return dictRest(open, first);
        }
        if (atKeyword("for") || atKeyword("async")) {
            if (first instanceof Starred) {
                throw SourceError.syntax(first.pos(), "iterable unpacking cannot be used in comprehension");
            }
            List<Comprehension> generators = comprehensionClauses();
            expectOp("}");
            return new SetComp(open.pos(), first, generators);
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        elementEnd(start, "}");
        while (acceptOp(",") && !atOp("}")) {
            start = p;
            elts.add(starNamedExpression());
            elementEnd(start, "}");
        }
        expectOp("}");
        return new SetExpr(open.pos(), elts);
    }

    /** The rest of a dict display or comprehension, after the first key and its ':'. */
    private Expr dictRest(Token open, Expr firstKey) {
        int start = p;
        Expr firstValue = dictValue();
        if (atKeyword("for") || atKeyword("async")) {
            List<Comprehension> generators = comprehensionClauses();
            expectOp("}");
            return new DictComp(open.pos(), firstKey, firstValue, generators);
        }
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        keys.add(firstKey);
        values.add(firstValue);
        elementEnd(start, "}");
        while (acceptOp(",") && !atOp("}")) {
            if (atOp("**")) {
                throw SourceError.unsupported(peek().pos(), "'**' unpacking in dict displays");
            }
            Expr key = expression();
            if (!acceptOp(":")) {
                throw SourceError.syntax(key.pos(), "':' expected after dictionary key");
            }
            start = p;
            keys.add(key);
            values.add(dictValue());
            elementEnd(start, "}");
        }
        expectOp("}");
        return new DictExpr(open.pos(), keys, values);
    }

    private Expr dictValue() {
        Token t = peek();
        if (t.isOp(",") || t.isOp("}")) {
            throw SourceError.syntax(tokens.get(p - 1).pos(), "expression expected after dictionary key and ':'");
        }
        return expression();
    }

    /** One or more {@code for target in iter [if cond]...} clauses. */
    private List<Comprehension> comprehensionClauses() {
        List<Comprehension> generators = new ArrayList<>();
        while (atKeyword("for") || atKeyword("async")) {
            if (atKeyword("async")) {
                throw SourceError.unsupported(peek().pos(), "'async for' in comprehensions");
            }
            Token kw = next();
            Expr target = targetList();
            if (!acceptKeyword("in")) {
                throw unexpected(peek());
            }
            targets.checkFor(target);
            Expr iter = disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (acceptKeyword("if")) {
                ifs.add(disjunction());
            }
            generators.add(new Comprehension(kw.pos(), target, iter, ifs));
        }
        return generators;
    }

    /**
     * The target of a for loop or comprehension, up to 'in'. Elements are parsed at the
     * bitwise-or level so that 'in' is not taken for a comparison.
     */
    private Expr targetList() {
        Token first = peek();
        Expr e = atOp("*") ? starred() : bitwiseOr();
        if (!atOp(",")) {
            return e;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(e);
        while (acceptOp(",") && !atKeyword("in")) {
            elts.add(atOp("*") ? starred() : bitwiseOr());
        }
        TupleExpr tuple = new TupleExpr(first.pos(), elts);
        shared.bareTuples.add(tuple);
        return tuple;
    }

    /**
     * Arguments of a call (or the bases of a class), after the '('. In a call, a generator
     * expression may be the sole argument without its own parentheses; it then takes the
     * position of the call's '('.
     */
    private Call callArguments(Expr func, Token open, Pos pos, boolean isCall) {
        List<Expr> args = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        Set<String> keywordNames = new HashSet<>();
        boolean sawKeyword = false;
        boolean sawDoubleStar = false;
        while (!atOp(")")) {
            Token t = peek();
            int start = p;
            if (t.isOp("*")) {
                Expr arg = starredArgument();
                if (sawDoubleStar) {
                    throw SourceError.syntax(arg.pos(), "iterable argument unpacking follows keyword argument unpacking");
                }
                args.add(arg);
            } else if (t.isOp("**")) {
                next();
                start = p;
                keywords.add(new Keyword(t.pos(), null, expression()));
                sawDoubleStar = true;
            } else {
                Expr e = namedExpression();
                if (atOp("=")) {
                    boolean plainName = p == start + 1 && t.type() == TokenType.NAME;
                    if (!plainName) {
                        if (p == start + 1 && e instanceof Constant c && (c.value() instanceof Boolean || c.value() == Singleton.NONE)) {
                            throw SourceError.syntax(e.pos(), "cannot assign to " + Targets.exprName(e));
                        }
                        throw SourceError.syntax(e.pos(), "expression cannot contain assignment, perhaps you meant \"==\"?");
                    }
                    next();
                    start = p;
                    Expr value = expression();
                    if (!keywordNames.add(t.text())) {
                        shared.defer(SourceError.syntax(t.pos(), "keyword argument repeated: " + t.text()));
                    }
                    keywords.add(new Keyword(t.pos(), t.text(), value));
                    sawKeyword = true;
                } else if (isCall && (atKeyword("for") || atKeyword("async"))) {
                    GeneratorExp gen = new GeneratorExp(open.pos(), e, comprehensionClauses());
                    if (!args.isEmpty() || !keywords.isEmpty() || !atOp(")")) {
                        throw SourceError.syntax(e.pos(), "Generator expression must be parenthesized");
                    }
                    args.add(gen);
                } else {
                    if (sawDoubleStar) {
                        throw SourceError.syntax(e.pos(), "positional argument follows keyword argument unpacking");
                    }
                    if (sawKeyword) {
                        throw SourceError.syntax(e.pos(), "positional argument follows keyword argument");
                    }
                    args.add(e);
                }
            }
            if (!atOp(",") && !atOp(")")) {
                checkMissingComma(start);
                throw unexpected(peek());
            }
            if (!acceptOp(",")) {
                break;
            }
        }
        expectOp(")");
        return new Call(pos, func, args, keywords);
    }

    private Expr starredArgument() {
        Token star = next();
        return new Starred(star.pos(), expression());
    }

    /** The index inside {@code value[...]}: an expression, a slice, or a tuple of them. */
    private Expr slices() {
        Token first = peek();
        int start = p;
        Expr e = slice();
        if (acceptOp("]")) {
            return e;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(e);
        elementEnd(start, "]");
        while (acceptOp(",") && !atOp("]")) {
            start = p;
            elts.add(slice());
            elementEnd(start, "]");
        }
        expectOp("]");
        return new TupleExpr(first.pos(), elts);
    }

    /** {@code lower:upper:step} (each part optional), or a plain expression. */
    private Expr slice() {
        Token start = peek();
        if (start.isOp("*")) {
            throw SourceError.unsupported(start.pos(), "star-expressions in subscripts");
        }
        Expr lower = atOp(":") ? null : namedExpression();
        if (!atOp(":")) {
            return lower;
        }
        next();
        Expr upper = atOp(":") || atOp("]") || atOp(",") ? null : expression();
        Expr step = null;
        if (acceptOp(":")) {
            step = atOp("]") || atOp(",") ? null : expression();
        }
        return new Slice(start.pos(), lower, upper, step);
    }

    /**
     * Adjacent string literals, concatenated as CPython does: a Constant, or an FString if any
     * of them is an f-string (its Constant parts merged, empty ones dropped).
     */
    private Expr strings() {
        Token first = peek();
        List<Token> literals = new ArrayList<>();
        boolean anyF = false;
        while (peek().type() == TokenType.STRING) {
            Token t = next();
            literals.add(t);
            anyF |= ((StringLiteral) t.value()).fString();
        }
        if (!anyF) {
            StringBuilder sb = new StringBuilder();
            for (Token t : literals) {
                sb.append(((StringLiteral) t.value()).value());
            }
            return new Constant(first.pos(), sb.toString());
        }
        List<Expr> parts = new ArrayList<>();
        for (Token t : literals) {
            StringLiteral lit = (StringLiteral) t.value();
            if (lit.fString()) {
                for (Expr part : FStringParser.parse(src, map, shared, lit)) {
                    addFStringPart(parts, part);
                }
            } else {
                addFStringPart(parts, new Constant(map.pos(lit.bodyStart()), lit.value()));
            }
        }
        return new FString(first.pos(), parts);
    }

    static void addFStringPart(List<Expr> parts, Expr part) {
        if (part instanceof Constant c) {
            String text = (String) c.value();
            if (text.isEmpty()) {
                return;
            }
            if (!parts.isEmpty() && parts.get(parts.size() - 1) instanceof Constant prev) {
                parts.set(parts.size() - 1, new Constant(prev.pos(), prev.value() + text));
                return;
            }
        }
        parts.add(part);
    }

    /**
     * The expression of an f-string field, {@code tokens} being that field only (see
     * {@link FStringParser}). As in CPython, {@code f'{a, b}'} formats a tuple.
     */
    static Expr parseFStringField(String src, LineMap map, List<Token> tokens, Shared shared) {
        Parser parser = new Parser(src, map, tokens, shared);
        try {
            return parser.fStringField();
        } catch (SourceError e) {
            throw parser.preferTokenizerError(e);
        }
    }

    private Expr fStringField() {
        if (atKeyword("yield")) {
            throw yieldUnsupported(peek());
        }
        int start = p;
        Expr e = starExpressions();
        if (peek().type() != TokenType.ENDMARKER) {
            if (shared.bareTuples.contains(e)) {
                List<Expr> elts = ((TupleExpr) e).elts();
                start = tokenIndexAt(elts.get(elts.size() - 1).pos(), start);
            }
            checkMissingComma(start);
            throw unexpected(peek());
        }
        if (e instanceof Starred) {
            throw SourceError.syntax(e.pos(), "cannot use starred expression here");
        }
        return e;
    }

    /** Index of the first token at or after {@code pos}, scanning from {@code from}. */
    private int tokenIndexAt(Pos pos, int from) {
        for (int k = from; k < tokens.size(); k++) {
            Pos q = tokens.get(k).pos();
            if (q.line() > pos.line() || (q.line() == pos.line() && q.col() >= pos.col())) {
                return k;
            }
        }
        return from;
    }
}
