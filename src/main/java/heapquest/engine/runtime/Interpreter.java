package heapquest.engine.runtime;

import heapquest.engine.Limits;
import heapquest.engine.heap.*;
import heapquest.engine.syntax.Expr;
import heapquest.engine.syntax.Expr.*;
import heapquest.engine.syntax.Module;
import heapquest.engine.syntax.Params;
import heapquest.engine.syntax.SourceError;
import heapquest.engine.syntax.Stmt;
import heapquest.engine.syntax.Stmt.*;
import heapquest.engine.trace.RefReason;
import heapquest.engine.trace.Step;
import heapquest.engine.trace.TraceSink;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A tree-walking interpreter that counts references the way CPython 3.11's bytecode does: every
 * evaluated value is a new reference owned by the evaluator (the operand stack), stores move or copy
 * references into names, slots and attributes, and arguments move into the callee's locals.
 */
public final class Interpreter implements HeapHooks {
    final ObjectSpace space;
    final Heap heap;
    final TraceSink sink;
    final Limits limits;
    final String fileName;
    final List<String> lines;
    final Ops ops;
    final Builtins builtins;
    private final ScopeAnalyzer scopes;
    private final ConstantPool constants;
    private final Probes probes;
    Frame frame;
    private int nextFrameId;
    private long steps;
    /** The exception being handled by the innermost except block (sys.exc_info), owned. */
    PyBaseException handling;
    final StringBuilder stdout = new StringBuilder();
    final StringBuilder stderr = new StringBuilder();

    public Interpreter(Heap heap, TraceSink sink, Limits limits, String fileName, List<String> lines, Probes probes) {
        this.heap = heap;
        this.sink = sink;
        this.limits = limits;
        this.fileName = fileName;
        this.lines = lines;
        this.probes = probes;
        heap.setHooks(this);
        this.space = new ObjectSpace(heap);
        this.ops = new Ops(this);
        this.builtins = new Builtins(this);
        this.scopes = new ScopeAnalyzer(name -> builtins.lookup(name) != null);
        this.constants = new ConstantPool(space);
    }

    public String stdout() {
        return stdout.toString();
    }

    public String stderr() {
        return stderr.toString();
    }

    /** Runs the module; returns the exit code (0, or 1 when an exception escaped or a limit was hit). */
    public int run(Module module) {
        Code top = scopes.analyze(module);
        heap.gc().setStartupCounts(248, 0, 2, 5000);
        PyDict globals = space.newDict();
        sink.frameEntered(0, "<module>");
        frame = new Frame(nextFrameId++, top, null, null, globals, globals);
        moduleFrame = frame;
        createCode(top);
        try {
            execBlock(module.body());
            // Probes "after the last line" see the program's final state, not the exit clean-up.
            if (probes != null) {
                probes.finish(this);
            }
            teardown(globals);
            return 0;
        } catch (PyError e) {
            addTraceback(e, frame);
            printTraceback(e.exc);
            heap.decref(e.exc, RefReason.EXCEPTION, "uncaught");
            frame = moduleFrame;
            teardown(globals);
            return 1;
        } catch (ControlFlow.Abort a) {
            writeErr(a.message + "\n");
            return 1;
        } catch (StackOverflowError so) {
            writeErr("RecursionError: maximum recursion depth exceeded (the interpreter's stack is exhausted)\n");
            return 1;
        }
    }

    private Frame moduleFrame;

    /**
     * Interpreter exit as CPython does it: the module's names are set to None (those starting with
     * an underscore first, then the rest, in binding order), then the collector runs once more, so
     * __del__ methods of objects still alive run now.
     */
    private void teardown(PyDict globals) {
        frame = moduleFrame;
        // Its own step, so the last line's step shows only what that line did.
        sink.stepStarted(Step.EXIT_LINE);
        List<PyObject> keys = new ArrayList<>();
        for (PyDict.Entry e : globals.entries.values()) {
            keys.add(e.key);
        }
        for (int pass = 0; pass < 2; pass++) {
            for (PyObject k : keys) {
                String name = ((PyStr) k).value;
                boolean underscore = name.startsWith("_") && !name.startsWith("__");
                if ((pass == 0) == underscore && globals.lookup(k) != null) {
                    runIgnoringErrors(() -> {
                        ops.dictSet(globals, k, space.none, RefReason.NAME, name);
                        return space.none;
                    }, "Exception ignored in: <module '__main__'>");
                }
            }
        }
        runIgnoringErrors(() -> {
            heap.gc().collect(2);
            return space.none;
        }, "Exception ignored during interpreter shutdown");
    }

    /** Creates the code objects of the file, each with its co_consts, children first (as the compiler does). */
    private PyCode createCode(Code code) {
        for (Code child : code.children) {
            createCode(child);
        }
        PyCode pc = heap.allocate(new PyCode(heap.nextSerial(), space.codeType, code.name, code), false);
        List<PyObject> consts = new ArrayList<>();
        for (Object key : code.constKeys) {
            consts.add(constantByKey(key));
        }
        for (Code child : code.children) {
            consts.add(child.pyCode);
        }
        PyObject[] items = new PyObject[consts.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = consts.get(i);
            heap.incref(items[i], RefReason.CONSTANT, "co_consts");
        }
        PyTuple tuple = space.newTuple(items);
        if (items.length > 0) {
            heap.untrack(tuple);
        }
        pc.consts = tuple;
        heap.noteSlot(pc, "co_consts", tuple);
        // co_names: the identifiers the code uses, interned when the file is compiled.
        List<PyObject> names = new ArrayList<>();
        for (String n : code.names) {
            names.add(space.internedStr(n));
        }
        if (!names.isEmpty()) {
            pc.names = space.newTuple(names.toArray(new PyObject[0]));
            heap.untrack(pc.names);
            heap.noteSlot(pc, "co_names", pc.names);
        }
        code.pyCode = pc;
        return pc;
    }

    private PyObject constantByKey(Object key) {
        return constants.get(valueOfKey((ConstantPool.Key) key));
    }

    private static Object valueOfKey(ConstantPool.Key k) {
        return switch (k.type()) {
            case "float" -> Double.longBitsToDouble((Long) k.value());
            case "tuple" -> {
                List<Object> items = new ArrayList<>();
                for (Object o : (List<?>) k.value()) {
                    items.add(valueOfKey((ConstantPool.Key) o));
                }
                yield new ConstantFolder.ConstTuple(items);
            }
            default -> k.value();
        };
    }

    // ---------------------------------------------------------------- steps and limits

    /** True while a probe is being evaluated: no steps, constants made fresh. */
    boolean probing;

    private void step(int line) {
        if (probing) {
            return;
        }
        if (++steps > limits.maxSteps()) {
            throw new ControlFlow.Abort("heapquest: the program was stopped after " + limits.maxSteps()
                    + " steps (the step limit); is there an endless loop?");
        }
        if (probes != null) {
            probes.after(this, frame);
        }
        frame.line = line;
        sink.stepStarted(line);
        if (probes != null) {
            probes.before(this, frame, line);
        }
    }

    // ---------------------------------------------------------------- statements

    void execBlock(List<Stmt> body) {
        for (Stmt s : body) {
            exec(s);
        }
    }

    private void exec(Stmt s) {
        step(s.pos().line());
        try {
            execInner(s);
        } catch (HashKey.Unhashable u) {
            throw typeError("unhashable type: '" + u.typeName + "'");
        } catch (HeapLimitError m) {
            throw error(space.exceptions.memoryError, m.getMessage());
        }
    }

    private void execInner(Stmt s) {
        if (s instanceof ExprStmt e) {
            heap.decref(eval(e.value()), RefReason.TEMPORARY, null);
        } else if (s instanceof Assign a) {
            PyObject v = eval(a.value());
            for (int i = 0; i < a.targets().size(); i++) {
                if (i < a.targets().size() - 1) {
                    heap.incref(v, RefReason.TEMPORARY, null);
                }
                assign(a.targets().get(i), v);
            }
        } else if (s instanceof AugAssign a) {
            augAssign(a);
        } else if (s instanceof If i) {
            if (truthyConsume(eval(i.test()))) {
                execBlock(i.body());
            } else {
                execBlock(i.orelse());
            }
        } else if (s instanceof While w) {
            execWhile(w);
        } else if (s instanceof For f) {
            execFor(f);
        } else if (s instanceof FunctionDef f) {
            PyObject fn = makeFunction(f, f.name(), f.params());
            fn = decorate(f.decorators(), fn);
            storeName(f.name(), fn);
        } else if (s instanceof ClassDef c) {
            PyObject cls = new ClassBuilder(this).build(c, scopes.codes.get(c));
            cls = decorate(c.decorators(), cls);
            storeName(c.name(), cls);
        } else if (s instanceof Return r) {
            PyObject v = r.value() == null ? space.none : eval(r.value());
            throw new ControlFlow.Return(v);
        } else if (s instanceof Delete d) {
            for (Expr t : d.targets()) {
                delete(t);
            }
        } else if (s instanceof Pass) {
            // nothing
        } else if (s instanceof Break) {
            throw ControlFlow.Break.INSTANCE;
        } else if (s instanceof Continue) {
            throw ControlFlow.Continue.INSTANCE;
        } else if (s instanceof Import im) {
            for (Alias a : im.names()) {
                storeName(a.asName() != null ? a.asName() : a.name(), builtins.module(a.name()));
            }
        } else if (s instanceof ImportFrom im) {
            PyModule m = builtins.module(im.module());
            for (Alias a : im.names()) {
                PyObject v = m.dict.getStr(a.name());
                if (v == null) {
                    throw error(space.exceptions.byName.get("Exception"), "cannot import name '" + a.name()
                            + "' from '" + im.module() + "'");
                }
                heap.incref(v, RefReason.TEMPORARY, null);
                storeName(a.asName() != null ? a.asName() : a.name(), v);
            }
        } else if (s instanceof Global || s instanceof Nonlocal) {
            // resolved at analysis time
        } else if (s instanceof Try t) {
            new TryStatement(this).exec(t);
        } else if (s instanceof Raise r) {
            raise(r);
        } else if (s instanceof Assert a) {
            if (!truthyConsume(eval(a.test()))) {
                PyObject msg = a.msg() == null ? null : eval(a.msg());
                throw newError(space.exceptions.assertionError, msg);
            }
        } else {
            throw SourceError.unsupported(s.pos(), s.getClass().getSimpleName());
        }
    }

    private PyObject decorate(List<Expr> decorators, PyObject target) {
        for (int i = decorators.size() - 1; i >= 0; i--) {
            PyObject d = eval(decorators.get(i));
            PyObject r = call(d, new PyObject[] {target}, List.of(), List.of());
            heap.decref(d, RefReason.TEMPORARY, null);
            target = r;
        }
        return target;
    }

    private void execWhile(While w) {
        boolean first = true;
        while (true) {
            if (!first) {
                step(w.pos().line());
            }
            first = false;
            if (!truthyConsume(eval(w.test()))) {
                execBlock(w.orelse());
                return;
            }
            try {
                execBlock(w.body());
            } catch (ControlFlow.Break b) {
                return;
            } catch (ControlFlow.Continue c) {
                // next iteration
            }
        }
    }

    private void execFor(For f) {
        PyObject iterable = eval(f.iter());
        PyObject it = ops.iter(iterable);
        heap.decref(iterable, RefReason.TEMPORARY, null);
        boolean first = true;
        try {
            while (true) {
                if (!first) {
                    step(f.pos().line());
                }
                first = false;
                PyObject item = ops.next(it);
                if (item == null) {
                    heap.decref(it, RefReason.ITERATOR, "for loop");
                    it = null;
                    execBlock(f.orelse());
                    return;
                }
                assign(f.target(), item);
                try {
                    execBlock(f.body());
                } catch (ControlFlow.Break b) {
                    return;
                } catch (ControlFlow.Continue c) {
                    // next item
                }
            }
        } finally {
            if (it != null) {
                heap.decref(it, RefReason.ITERATOR, "for loop");
            }
        }
    }

    private void augAssign(AugAssign a) {
        Expr t = a.target();
        if (t instanceof Name n) {
            PyObject cur = loadName(n);
            PyObject rhs = eval(a.value());
            PyObject r = ops.inplace(a.op(), cur, rhs);
            heap.decref(cur, RefReason.TEMPORARY, null);
            heap.decref(rhs, RefReason.TEMPORARY, null);
            storeName(n.id(), r);
        } else if (t instanceof Attribute at) {
            PyObject obj = eval(at.value());
            PyObject cur = ops.getAttr(obj, at.attr());
            PyObject rhs = eval(a.value());
            PyObject r = ops.inplace(a.op(), cur, rhs);
            heap.decref(cur, RefReason.TEMPORARY, null);
            heap.decref(rhs, RefReason.TEMPORARY, null);
            ops.setAttr(obj, at.attr(), r);
            heap.decref(obj, RefReason.TEMPORARY, null);
        } else if (t instanceof Subscript sub) {
            PyObject obj = eval(sub.value());
            PyObject key = eval(sub.index());
            PyObject cur = ops.getItem(obj, key);
            PyObject rhs = eval(a.value());
            PyObject r;
            try {
                r = ops.inplace(a.op(), cur, rhs);
            } finally {
                heap.decref(cur, RefReason.TEMPORARY, null);
                heap.decref(rhs, RefReason.TEMPORARY, null);
            }
            try {
                ops.setItem(obj, key, r);
            } finally {
                heap.decref(r, RefReason.TEMPORARY, null);
                heap.decref(key, RefReason.TEMPORARY, null);
                heap.decref(obj, RefReason.TEMPORARY, null);
            }
        } else {
            throw SourceError.syntax(t.pos(), "illegal expression for augmented assignment");
        }
    }

    private void raise(Raise r) {
        if (r.exc() == null) {
            if (handling == null) {
                throw error(space.exceptions.runtimeError, "No active exception to reraise");
            }
            heap.incref(handling, RefReason.EXCEPTION, "re-raise");
            throw new PyError(handling);
        }
        PyObject v = eval(r.exc());
        PyBaseException exc = ops.toException(v);
        if (r.cause() != null) {
            PyObject cause = eval(r.cause());
            exc.cause = cause;
            heap.noteSlot(exc, "__cause__", cause);
        }
        throw new PyError(exc);
    }

    // ---------------------------------------------------------------- assignment targets

    /** Stores the owned value v into the target (consumes the reference). */
    void assign(Expr target, PyObject v) {
        if (target instanceof Name n) {
            storeName(n.id(), v);
        } else if (target instanceof Attribute a) {
            PyObject obj = eval(a.value());
            try {
                ops.setAttr(obj, a.attr(), v);
            } finally {
                heap.decref(obj, RefReason.TEMPORARY, null);
            }
        } else if (target instanceof Subscript s) {
            PyObject obj = eval(s.value());
            PyObject key = eval(s.index());
            try {
                ops.setItem(obj, key, v);
            } finally {
                heap.decref(v, RefReason.TEMPORARY, null);
                heap.decref(key, RefReason.TEMPORARY, null);
                heap.decref(obj, RefReason.TEMPORARY, null);
            }
        } else if (target instanceof TupleExpr t) {
            unpack(t.elts(), v);
        } else if (target instanceof ListExpr l) {
            unpack(l.elts(), v);
        } else {
            heap.decref(v, RefReason.TEMPORARY, null);
            throw SourceError.syntax(target.pos(), "cannot assign to expression");
        }
    }

    private void unpack(List<Expr> targets, PyObject v) {
        List<PyObject> items = ops.toList(v);
        heap.decref(v, RefReason.TEMPORARY, null);
        int star = -1;
        for (int i = 0; i < targets.size(); i++) {
            if (targets.get(i) instanceof Starred) {
                star = i;
            }
        }
        int n = targets.size();
        if (star < 0 && items.size() != n) {
            releaseAll(items);
            throw error(space.exceptions.valueError, items.size() > n
                    ? "too many values to unpack (expected " + n + ")"
                    : "not enough values to unpack (expected " + n + ", got " + items.size() + ")");
        }
        if (star >= 0 && items.size() < n - 1) {
            releaseAll(items);
            throw error(space.exceptions.valueError, "not enough values to unpack (expected at least "
                    + (n - 1) + ", got " + items.size() + ")");
        }
        int after = n - star - 1;
        for (int i = 0, k = 0; i < n; i++) {
            if (i == star) {
                List<PyObject> rest = new ArrayList<>(items.subList(k, items.size() - after));
                k += rest.size();
                assign(((Starred) targets.get(i)).value(), space.newList(rest));
            } else {
                assign(targets.get(i), items.get(k++));
            }
        }
    }

    void releaseAll(List<PyObject> items) {
        for (PyObject o : items) {
            heap.decref(o, RefReason.TEMPORARY, null);
        }
    }

    private void delete(Expr t) {
        if (t instanceof Name n) {
            deleteName(n);
        } else if (t instanceof Attribute a) {
            PyObject obj = eval(a.value());
            try {
                ops.delAttr(obj, a.attr());
            } finally {
                heap.decref(obj, RefReason.TEMPORARY, null);
            }
        } else if (t instanceof Subscript s) {
            PyObject obj = eval(s.value());
            PyObject key = eval(s.index());
            try {
                ops.delItem(obj, key);
            } finally {
                heap.decref(key, RefReason.TEMPORARY, null);
                heap.decref(obj, RefReason.TEMPORARY, null);
            }
        } else if (t instanceof TupleExpr tu) {
            for (Expr x : tu.elts()) {
                delete(x);
            }
        } else if (t instanceof ListExpr l) {
            for (Expr x : l.elts()) {
                delete(x);
            }
        } else {
            throw SourceError.syntax(t.pos(), "cannot delete expression");
        }
    }

    // ---------------------------------------------------------------- names

    /** Binds a name in the current frame to the owned value v (consumes it). */
    void storeName(String name, PyObject v) {
        Code.Access a = frame.code.resolve(name);
        if (a instanceof Code.Access.Fast f) {
            PyObject old = frame.fast[f.index()];
            heap.incref(v, RefReason.NAME, name);
            frame.fast[f.index()] = v;
            sink.bound(frame.id, name, v.serial);
            heap.decref(v, RefReason.TEMPORARY, null);
            if (old != null) {
                heap.decref(old, RefReason.NAME, name);
            }
        } else if (a instanceof Code.Access.Cell c) {
            PyCell cell = cellFor(c.index(), name);
            PyObject old = cell.contents;
            heap.incref(v, RefReason.CLOSURE_CELL, name);
            cell.contents = v;
            sink.referenceSet(cell.serial, "cell_contents", v.serial, false);
            sink.bound(frame.id, name, v.serial);
            heap.decref(v, RefReason.TEMPORARY, null);
            if (old != null) {
                heap.decref(old, RefReason.CLOSURE_CELL, name);
            }
        } else {
            PyDict ns = a instanceof Code.Access.Global ? frame.globals : frame.namespace;
            int frameId = ns == frame.namespace ? frame.id : 0;
            PyObject key = space.internedStr(name);
            ops.dictSet(ns, key, v, RefReason.NAME, name);
            heap.decref(key, RefReason.TEMPORARY, null);
            sink.bound(frameId, name, v.serial);
            heap.decref(v, RefReason.TEMPORARY, null);
        }
    }

    private PyCell cellFor(int index, String name) {
        PyCell cell = frame.cells[index];
        if (cell == null) {
            cell = heap.allocate(new PyCell(heap.nextSerial(), space.cellType), true);
            frame.cells[index] = cell;
        }
        return cell;
    }

    PyObject loadName(Name n) {
        String name = n.id();
        Code.Access a = frame.code.resolve(name);
        PyObject v;
        if (a instanceof Code.Access.Fast f) {
            v = frame.fast[f.index()];
            if (v == null) {
                throw error(space.exceptions.unboundLocalError, "cannot access local variable '" + name
                        + "' where it is not associated with a value");
            }
        } else if (a instanceof Code.Access.Cell c) {
            PyCell cell = frame.cells[c.index()];
            v = cell == null ? null : cell.contents;
            if (v == null) {
                boolean local = frame.code.fastNames.contains(name);
                throw error(local ? space.exceptions.unboundLocalError : space.exceptions.nameError, local
                        ? "cannot access local variable '" + name + "' where it is not associated with a value"
                        : "cannot access free variable '" + name + "' where it is not associated with a value in enclosing scope");
            }
        } else {
            v = null;
            if (a instanceof Code.Access.Name && frame.namespace != frame.globals && frame.namespace != null) {
                v = frame.namespace.getStr(name);
            }
            if (v == null) {
                v = frame.globals.getStr(name);
            }
            if (v == null) {
                v = builtins.lookup(name);
            }
            if (v == null) {
                throw error(space.exceptions.nameError, "name '" + name + "' is not defined");
            }
        }
        heap.incref(v, RefReason.TEMPORARY, null);
        return v;
    }

    private void deleteName(Name n) {
        String name = n.id();
        Code.Access a = frame.code.resolve(name);
        if (a instanceof Code.Access.Fast f) {
            PyObject old = frame.fast[f.index()];
            if (old == null) {
                throw error(space.exceptions.unboundLocalError, "cannot access local variable '" + name
                        + "' where it is not associated with a value");
            }
            frame.fast[f.index()] = null;
            sink.unbound(frame.id, name);
            heap.decref(old, RefReason.NAME, name);
        } else if (a instanceof Code.Access.Cell c) {
            PyCell cell = frame.cells[c.index()];
            if (cell == null || cell.contents == null) {
                throw error(space.exceptions.nameError, "cannot access free variable '" + name + "'");
            }
            PyObject old = cell.contents;
            cell.contents = null;
            sink.referenceRemoved(cell.serial, "cell_contents");
            sink.unbound(frame.id, name);
            heap.decref(old, RefReason.CLOSURE_CELL, name);
        } else {
            PyDict ns = a instanceof Code.Access.Global ? frame.globals : frame.namespace;
            PyStr key = space.internedStr(name);
            boolean removed = ops.dictDel(ns, key, RefReason.NAME, name);
            heap.decref(key, RefReason.TEMPORARY, null);
            if (!removed) {
                throw error(space.exceptions.nameError, "name '" + name + "' is not defined");
            }
            sink.unbound(ns == frame.namespace ? frame.id : 0, name);
        }
    }

    // ---------------------------------------------------------------- expressions

    /** Evaluates e and returns a new reference the caller owns. */
    PyObject eval(Expr e) {
        if (e instanceof Name n) {
            return loadName(n);
        }
        if (probing && e instanceof Constant k) {
            return freshConstant(k.value());
        }
        // Only literals and what folds from them can be constants: skip the lookup for the rest.
        Object c = e instanceof Constant || e instanceof BinOp || e instanceof UnaryOp || e instanceof TupleExpr
                || e instanceof Subscript ? scopes.constants.get(e) : null;
        if (c != null) {
            PyObject o = constants.get(c);
            heap.incref(o, RefReason.TEMPORARY, null);
            return o;
        }
        if (e instanceof BinOp b) {
            PyObject l = eval(b.left());
            PyObject r;
            try {
                r = eval(b.right());
            } catch (RuntimeException ex) {
                heap.decref(l, RefReason.TEMPORARY, null);
                throw ex;
            }
            try {
                return ops.binary(b.op(), l, r);
            } finally {
                heap.decref(l, RefReason.TEMPORARY, null);
                heap.decref(r, RefReason.TEMPORARY, null);
            }
        }
        if (e instanceof Compare c2) {
            return compare(c2);
        }
        if (e instanceof Call call) {
            return evalCall(call);
        }
        if (e instanceof Attribute a) {
            PyObject obj = eval(a.value());
            try {
                return ops.getAttr(obj, a.attr());
            } finally {
                heap.decref(obj, RefReason.TEMPORARY, null);
            }
        }
        if (e instanceof Subscript s) {
            PyObject obj = eval(s.value());
            PyObject key;
            try {
                key = eval(s.index());
            } catch (RuntimeException ex) {
                heap.decref(obj, RefReason.TEMPORARY, null);
                throw ex;
            }
            try {
                return ops.getItem(obj, key);
            } finally {
                heap.decref(key, RefReason.TEMPORARY, null);
                heap.decref(obj, RefReason.TEMPORARY, null);
            }
        }
        if (e instanceof UnaryOp u) {
            PyObject v = eval(u.operand());
            try {
                return ops.unary(u.op(), v);
            } finally {
                heap.decref(v, RefReason.TEMPORARY, null);
            }
        }
        if (e instanceof BoolOp b) {
            PyObject v = null;
            for (int i = 0; i < b.values().size(); i++) {
                if (v != null) {
                    heap.decref(v, RefReason.TEMPORARY, null);
                }
                v = eval(b.values().get(i));
                boolean t = ops.truthy(v);
                if (i < b.values().size() - 1 && (b.isAnd() ? !t : t)) {
                    return v;
                }
            }
            return v;
        }
        if (e instanceof IfExp i) {
            return truthyConsume(eval(i.test())) ? eval(i.body()) : eval(i.orelse());
        }
        if (e instanceof ListExpr l) {
            List<PyObject> items = evalItems(l.elts());
            PyList list = space.newList(items);
            if (!l.elts().isEmpty() && l.elts().size() > 2 && allConstant(l.elts())) {
                // [1, 2, 3] is BUILD_LIST + LIST_EXTEND of a constant tuple: preallocated (n+1)&~1.
                list.setAllocated((items.size() + 1) & ~1);
            }
            return list;
        }
        if (e instanceof TupleExpr t) {
            return space.newTuple(evalItems(t.elts()).toArray(new PyObject[0]));
        }
        if (e instanceof DictExpr d) {
            PyDict dict = space.newDict();
            for (int i = 0; i < d.keys().size(); i++) {
                PyObject k = eval(d.keys().get(i));
                PyObject v = eval(d.values().get(i));
                ops.dictSet(dict, k, v, RefReason.CONTAINER, null);
                heap.decref(k, RefReason.TEMPORARY, null);
                heap.decref(v, RefReason.TEMPORARY, null);
            }
            return dict;
        }
        if (e instanceof SetExpr s) {
            PySet set = space.newSet();
            for (PyObject o : evalItems(s.elts())) {
                ops.setAdd(set, o);
                heap.decref(o, RefReason.TEMPORARY, null);
            }
            return set;
        }
        if (e instanceof FString f) {
            return space.newStr(fstring(f));
        }
        if (e instanceof Lambda l) {
            return makeFunction(l, "<lambda>", l.params());
        }
        if (e instanceof ListComp || e instanceof SetComp || e instanceof DictComp || e instanceof GeneratorExp) {
            return new Comprehensions(this).eval(e, scopes.codes.get(e));
        }
        if (e instanceof Slice s) {
            PyObject lo = s.lower() == null ? space.none : eval(s.lower());
            PyObject hi = s.upper() == null ? space.none : eval(s.upper());
            PyObject st = s.step() == null ? space.none : eval(s.step());
            return builtins.newSlice(lo, hi, st);
        }
        if (e instanceof Starred st) {
            throw SourceError.syntax(st.pos(), "can't use starred expression here");
        }
        throw SourceError.unsupported(e.pos(), e.getClass().getSimpleName());
    }

    /** A probe's literal: a new object (the file's constant pool must not grow mid-run). */
    private PyObject freshConstant(Object v) {
        if (v instanceof java.math.BigInteger i) {
            return space.newInt(i);
        }
        if (v instanceof Double d) {
            return space.newFloat(d);
        }
        if (v instanceof String s) {
            return space.newStr(s);
        }
        if (v instanceof Boolean b) {
            return space.bool(b);
        }
        return v == Singleton.ELLIPSIS ? space.ellipsis : space.none;
    }

    void deleteNameQuietly(String name) {
        deleteName(new Name(new heapquest.engine.syntax.Pos(0, 0), name));
    }

    private boolean allConstant(List<Expr> elts) {
        for (Expr x : elts) {
            if (!scopes.constants.containsKey(x)) {
                return false;
            }
        }
        return true;
    }

    /** Evaluates displays' items, expanding *starred ones; all returned references are owned. */
    List<PyObject> evalItems(List<Expr> elts) {
        List<PyObject> out = new ArrayList<>(elts.size());
        try {
            for (Expr x : elts) {
                if (x instanceof Starred s) {
                    PyObject it = eval(s.value());
                    out.addAll(ops.toList(it));
                    heap.decref(it, RefReason.TEMPORARY, null);
                } else {
                    out.add(eval(x));
                }
            }
        } catch (RuntimeException ex) {
            releaseAll(out);
            throw ex;
        }
        return out;
    }

    boolean truthyConsume(PyObject v) {
        try {
            return ops.truthy(v);
        } finally {
            heap.decref(v, RefReason.TEMPORARY, null);
        }
    }

    private PyObject compare(Compare c) {
        PyObject left = eval(c.left());
        for (int i = 0; i < c.ops().size(); i++) {
            PyObject right;
            try {
                right = eval(c.comparators().get(i));
            } catch (RuntimeException ex) {
                heap.decref(left, RefReason.TEMPORARY, null);
                throw ex;
            }
            PyObject r;
            try {
                r = ops.compare(c.ops().get(i), left, right);
            } catch (RuntimeException ex) {
                heap.decref(left, RefReason.TEMPORARY, null);
                heap.decref(right, RefReason.TEMPORARY, null);
                throw ex;
            }
            heap.decref(left, RefReason.TEMPORARY, null);
            if (i == c.ops().size() - 1) {
                heap.decref(right, RefReason.TEMPORARY, null);
                return r;
            }
            if (!ops.truthy(r)) {
                heap.decref(right, RefReason.TEMPORARY, null);
                return r;
            }
            heap.decref(r, RefReason.TEMPORARY, null);
            left = right;
        }
        return left;
    }

    private String fstring(FString f) {
        StringBuilder b = new StringBuilder();
        for (Expr p : f.parts()) {
            if (p instanceof Constant c) {
                b.append((String) c.value());
            } else if (p instanceof FormattedValue fv) {
                PyObject v = eval(fv.value());
                try {
                    String spec = fv.spec() == null ? "" : fstring(fv.spec());
                    if (fv.conversion() == 'r' || fv.conversion() == 'a') {
                        PyObject s = space.newStr(ops.repr(v));
                        heap.decref(v, RefReason.TEMPORARY, null);
                        v = s;
                    } else if (fv.conversion() == 's') {
                        PyObject s = space.newStr(ops.str(v));
                        heap.decref(v, RefReason.TEMPORARY, null);
                        v = s;
                    }
                    b.append(Format.format(ops, v, spec));
                } finally {
                    heap.decref(v, RefReason.TEMPORARY, null);
                }
            } else {
                PyObject v = eval(p);
                b.append(ops.str(v));
                heap.decref(v, RefReason.TEMPORARY, null);
            }
        }
        return b.toString();
    }

    // ---------------------------------------------------------------- calls

    private PyObject evalCall(Call call) {
        // obj.method(...) does not create a bound method in 3.11 (LOAD_METHOD): self moves into the call.
        PyObject func;
        PyObject self = null;
        if (call.func() instanceof Attribute a) {
            PyObject obj = eval(a.value());
            PyObject[] method;
            try {
                method = ops.loadMethod(obj, a.attr());
            } catch (RuntimeException ex) {
                heap.decref(obj, RefReason.TEMPORARY, null);
                throw ex;
            }
            if (method != null) {
                func = method[0];
                self = obj;
            } else {
                try {
                    func = ops.getAttr(obj, a.attr());
                } finally {
                    heap.decref(obj, RefReason.TEMPORARY, null);
                }
            }
        } else {
            func = eval(call.func());
        }
        List<PyObject> args = new ArrayList<>();
        List<String> kwNames = new ArrayList<>();
        List<PyObject> kwValues = new ArrayList<>();
        try {
            if (self != null) {
                args.add(self);
                self = null;
            }
            args.addAll(evalItems(call.args()));
            for (Keyword k : call.keywords()) {
                PyObject v = eval(k.value());
                if (k.name() == null) {
                    ops.expandKwargs(v, kwNames, kwValues);
                    heap.decref(v, RefReason.TEMPORARY, null);
                } else {
                    kwNames.add(k.name());
                    kwValues.add(v);
                }
            }
        } catch (RuntimeException ex) {
            if (self != null) {
                heap.decref(self, RefReason.TEMPORARY, null);
            }
            releaseAll(args);
            releaseAll(kwValues);
            heap.decref(func, RefReason.TEMPORARY, null);
            throw ex;
        }
        try {
            return call(func, args.toArray(new PyObject[0]), kwNames, kwValues);
        } finally {
            heap.decref(func, RefReason.TEMPORARY, null);
        }
    }

    /**
     * Calls func. The argument references are owned by the call: a Python function moves them into
     * its locals; a built-in borrows them and they are released after it returns.
     */
    PyObject call(PyObject func, PyObject[] args, List<String> kwNames, List<PyObject> kwValues) {
        if (func instanceof PyFunction f) {
            return callFunction(f, args, kwNames, kwValues);
        }
        if (func instanceof PyBoundMethod m) {
            PyObject[] all = new PyObject[args.length + 1];
            all[0] = m.self;
            heap.incref(m.self, RefReason.ARGUMENT, "self");
            System.arraycopy(args, 0, all, 1, args.length);
            return call(m.function, all, kwNames, kwValues);
        }
        try {
            if (func instanceof PyBuiltin b) {
                return builtins.callBuiltin(b, args, kwNames, kwValues);
            }
            if (func instanceof PyType t) {
                return builtins.callType(t, args, kwNames, kwValues);
            }
            if (func instanceof PyWeakref w) {
                if (args.length != 0) {
                    throw typeError("weakref() takes no arguments");
                }
                PyObject target = w.target == null ? space.none : w.target;
                heap.incref(target, RefReason.TEMPORARY, null);
                return target;
            }
            PyBuiltin nativeCall = builtins.unboundMethod(func, "__call__");
            if (nativeCall != null) {
                PyObject[] all = new PyObject[args.length + 1];
                all[0] = func;
                System.arraycopy(args, 0, all, 1, args.length);
                return builtins.callBuiltin(nativeCall, all, kwNames, kwValues);
            }
            PyObject dunder = ops.lookupSpecial(func, "__call__");
            if (dunder != null) {
                PyObject[] all = new PyObject[args.length + 1];
                all[0] = func;
                heap.incref(func, RefReason.ARGUMENT, "self");
                System.arraycopy(args, 0, all, 1, args.length);
                args = new PyObject[0];
                return call(dunder, all, kwNames, kwValues);
            }
            throw typeError("'" + func.typeName() + "' object is not callable");
        } finally {
            releaseAll(List.of(args));
            releaseAll(kwValues);
        }
    }

    PyObject call(PyObject func, PyObject... args) {
        return call(func, args, List.of(), List.of());
    }

    private PyObject callFunction(PyFunction f, PyObject[] args, List<String> kwNames, List<PyObject> kwValues) {
        Code code = (Code) f.code.body;
        if (frame.depth >= limits.maxDepth()) {
            releaseAll(List.of(args));
            releaseAll(kwValues);
            throw error(space.exceptions.recursionError, "maximum recursion depth exceeded");
        }
        Frame callee = new Frame(nextFrameId++, code, frame, f, f.globals, null);
        Frame caller = frame;
        // The frame exists before its parameters are bound, so the trace shows them as its names.
        sink.frameEntered(callee.id, code.name);
        try {
            new ArgumentBinder(this).bind(f, callee, args, kwNames, kwValues);
        } catch (RuntimeException e) {
            callee.release(heap);
            sink.frameExited(callee.id, code.name);
            throw e;
        }
        frame = callee;
        PyObject result = null;
        try {
            if (code.node instanceof Lambda l) {
                step(l.pos().line());
                result = eval(l.body());
            } else {
                execBlock(((FunctionDef) code.node).body());
                result = space.none;
            }
        } catch (ControlFlow.Return r) {
            result = r.value;
        } catch (PyError e) {
            addTraceback(e, callee);
            leaveFrame(callee, caller);
            throw e;
        } catch (RuntimeException | Error e) {
            frame = caller;
            throw e;
        }
        leaveFrame(callee, caller);
        return result;
    }

    void leaveFrame(Frame callee, Frame caller) {
        frame = caller;
        sink.frameExited(callee.id, callee.code.name);
        if (callee.frameObject != null && callee.frameObject.refcount() > 0 && !callee.frameObject.isFreed()) {
            // A traceback still refers to this frame: the frame object takes over the locals.
            callee.frameObject.ownsLocals = true;
            PyFrame fo = callee.frameObject;
            callee.frameObject = null;
            heap.decref(fo, RefReason.INTERNAL, "running frame");
        } else {
            callee.release(heap);
        }
    }

    /** Runs body code in a new frame (class bodies, comprehensions). */
    Frame pushFrame(Code code, PyFunction f, PyDict namespace) {
        Frame callee = new Frame(nextFrameId++, code, frame, f, frame.globals, namespace);
        frame = callee;
        sink.frameEntered(callee.id, code.name);
        return callee;
    }

    // ---------------------------------------------------------------- functions

    private PyObject makeFunction(heapquest.engine.syntax.Node node, String name, Params params) {
        Code code = scopes.codes.get(node);
        List<PyObject> defaults = new ArrayList<>();
        for (Params.Param p : params.positional()) {
            if (p.defaultValue() != null) {
                defaults.add(eval(p.defaultValue()));
            }
        }
        PyDict kwdefaults = null;
        for (Params.Param p : params.keywordOnly()) {
            if (p.defaultValue() != null) {
                if (kwdefaults == null) {
                    kwdefaults = space.newDict();
                }
                PyObject v = eval(p.defaultValue());
                PyStr k = space.internedStr(p.name());
                ops.dictSet(kwdefaults, k, v, RefReason.DEFAULTS, p.name());
                heap.decref(v, RefReason.TEMPORARY, null);
                heap.decref(k, RefReason.TEMPORARY, null);
            }
        }
        PyTuple defaultsTuple = defaults.isEmpty() ? null : space.newTuple(defaults.toArray(new PyObject[0]));
        PyTuple closure = null;
        List<PyObject> cells = new ArrayList<>();
        for (String free : freeVarsOf(code)) {
            Code.Access a = frame.code.resolve(free);
            if (a instanceof Code.Access.Cell c) {
                PyCell cell = cellFor(c.index(), free);
                heap.incref(cell, RefReason.CLOSURE_CELL, free);
                cells.add(cell);
            }
        }
        if (!cells.isEmpty()) {
            closure = space.newTuple(cells.toArray(new PyObject[0]));
        }
        PyFunction f = heap.allocate(new PyFunction(heap.nextSerial(), space.functionType, name, code.qualname), true);
        f.code = code.pyCode;
        heap.incref(f.code, RefReason.INTERNAL, "__code__");
        heap.noteSlot(f, "__code__", f.code);
        f.globals = frame.globals;
        heap.incref(f.globals, RefReason.INTERNAL, "__globals__");
        heap.noteSlot(f, "__globals__", f.globals);
        if (defaultsTuple != null) {
            f.defaults = defaultsTuple;
            heap.noteSlot(f, "__defaults__", defaultsTuple);
        }
        if (kwdefaults != null) {
            f.kwdefaults = kwdefaults;
            heap.noteSlot(f, "__kwdefaults__", kwdefaults);
        }
        if (closure != null) {
            f.closure = closure;
            heap.noteSlot(f, "__closure__", closure);
        }
        return f;
    }

    /** The names a code object takes from enclosing scopes, in cell order. */
    static List<String> freeVarsOf(Code code) {
        List<String> out = new ArrayList<>();
        for (String n : code.cellNames) {
            if (!(code.isFunctionLike() && code.fastNames.contains(n))) {
                out.add(n);
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- errors

    PyError error(PyType type, String message) {
        return newError(type, space.newStr(message));
    }

    PyError typeError(String message) {
        return error(space.exceptions.typeError, message);
    }

    /** Creates an exception instance with the owned argument (may be null for no arguments). */
    PyError newError(PyType type, PyObject arg) {
        PyObject[] args = arg == null ? new PyObject[0] : new PyObject[] {arg};
        return new PyError(builtins.newException(type, args));
    }

    /** Adds a traceback entry for frame f to the propagating exception (PyTraceBack_Here). */
    void addTraceback(PyError e, Frame f) {
        PyBaseException exc = e.exc;
        if (f.frameObject == null) {
            PyFrame fo = heap.allocate(new PyFrame(heap.nextSerial(), space.frameType, f.code.name, f), true);
            f.frameObject = fo;
            heap.incref(fo, RefReason.INTERNAL, "running frame");
        } else {
            heap.incref(f.frameObject, RefReason.INTERNAL, "traceback");
        }
        PyTraceback tb = heap.allocate(new PyTraceback(heap.nextSerial(), space.tracebackType, f.frameObject, f.line), true);
        if (f.frameObject.refcount() == 2 && tb.frame == f.frameObject) {
            // the new traceback's reference was counted on creation above (first time) or just now
        }
        heap.noteSlot(tb, "tb_frame", f.frameObject);
        tb.next = exc.traceback;
        if (tb.next != null) {
            heap.noteSlot(tb, "tb_next", tb.next);
        }
        exc.traceback = tb;
        heap.noteSlot(exc, "__traceback__", tb);
    }

    void printTraceback(PyBaseException exc) {
        StringBuilder b = new StringBuilder("Traceback (most recent call last):\n");
        List<PyTraceback> chain = new ArrayList<>();
        for (PyObject t = exc.traceback; t != null; t = ((PyTraceback) t).next) {
            chain.add((PyTraceback) t);
        }
        // Like CPython, more than three identical entries in a row collapse into one "repeated" line.
        String last = null;
        int repeats = 0;
        for (PyTraceback tb : chain) {
            String fn = tb.frame instanceof PyFrame pf ? pf.function : "?";
            StringBuilder entry = new StringBuilder();
            entry.append("  File \"").append(fileName).append("\", line ").append(tb.line).append(", in ").append(fn).append('\n');
            if (tb.line >= 1 && tb.line <= lines.size()) {
                entry.append("    ").append(lines.get(tb.line - 1).strip()).append('\n');
            }
            String text = entry.toString();
            if (text.equals(last)) {
                repeats++;
                if (repeats >= 3) {
                    continue;
                }
            } else {
                appendRepeats(b, repeats);
                repeats = 0;
                last = text;
            }
            b.append(text);
        }
        appendRepeats(b, repeats);
        b.append(ops.exceptionLine(exc)).append('\n');
        writeErr(b.toString());
    }

    private static void appendRepeats(StringBuilder b, int repeats) {
        if (repeats >= 3) {
            int more = repeats - 2;
            b.append("  [Previous line repeated ").append(more).append(" more time").append(more == 1 ? "" : "s").append("]\n");
        }
    }

    void writeOut(String s) {
        stdout.append(s);
        sink.printed(s, false);
    }

    void writeErr(String s) {
        stderr.append(s);
        sink.printed(s, true);
    }

    // ---------------------------------------------------------------- heap hooks

    @Override
    public boolean hasFinalizer(PyObject o) {
        return o instanceof PyInstance && !o.type().builtin && ops.lookupInType(o.type(), "__del__") != null;
    }

    @Override
    public void runFinalizer(PyObject o) {
        PyObject del = ops.lookupInType(o.type(), "__del__");
        heap.incref(o, RefReason.ARGUMENT, "self");
        heap.incref(del, RefReason.TEMPORARY, null);
        runIgnoringErrors(() -> call(del, new PyObject[] {o}, List.of(), List.of()),
                "Exception ignored in: " + ops.describeMethod(del, o));
        heap.decref(del, RefReason.TEMPORARY, null);
    }

    @Override
    public void runCallback(PyWeakref weakref, PyObject callback) {
        heap.incref(weakref, RefReason.ARGUMENT, "callback argument");
        runIgnoringErrors(() -> call(callback, new PyObject[] {weakref}, List.of(), List.of()),
                "Exception ignored in: " + ops.repr(callback));
    }

    void runIgnoringErrors(java.util.function.Supplier<PyObject> action, String context) {
        Frame saved = frame;
        try {
            PyObject r = action.get();
            heap.decref(r, RefReason.TEMPORARY, null);
        } catch (PyError e) {
            frame = saved;
            writeErr(context + "\n");
            printTraceback(e.exc);
            heap.decref(e.exc, RefReason.EXCEPTION, "ignored");
        }
    }

    Map<heapquest.engine.syntax.Node, Code> codes() {
        return scopes.codes;
    }

    Map<Expr, Object> constantExprs() {
        return scopes.constants;
    }

    ConstantPool constantPool() {
        return constants;
    }

    int newFrameId() {
        return nextFrameId++;
    }
}
