package heapquest.engine.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import heapquest.engine.syntax.Stmt.ClassDef;
import heapquest.engine.syntax.Stmt.FunctionDef;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A program of the kind the game runs: classes with __init__/__del__, weakref, gc, closures. */
class RealisticProgramTest {

    static final String PROGRAM = """
            import gc
            import weakref
            from collections import OrderedDict as OD

            class Node:
                \"\"\"A doubly linked node: a reference cycle waiting to happen.\"\"\"
                instances = 0

                def __init__(self, name, parent=None):
                    self.name = name
                    self.parent = parent
                    self.children = []
                    Node.instances += 1
                    if parent is not None:
                        parent.children.append(self)

                def __del__(self):
                    Node.instances -= 1
                    print(f"collecting {self.name!r}")

                def __repr__(self):
                    return f"Node({self.name!r}, {len(self.children)} children)"


            def make_counter(start=0, *, step=1):
                count = start
                def counter():
                    nonlocal count
                    count += step
                    return count
                return counter


            def build(depth, fanout=2):
                root = Node("root")
                frontier = [root]
                for level in range(depth):
                    frontier = [Node(f"{n.name}.{i}", n) for n in frontier for i in range(fanout)]
                return root, len(frontier)


            root, leaves = build(3)
            watcher = weakref.ref(root)
            cache = weakref.WeakValueDictionary()
            cache["root"] = root
            tick = make_counter(10, step=5)
            ticks = [tick() for _ in range(3)]
            assert ticks == [15, 20, 25], ticks

            del root; gc.collect()
            print(watcher() is None, leaves, Node.instances)

            try:
                missing = cache["root"]
            except KeyError as err:
                print("gone:", err)
            else:
                print("still alive:", missing)
            finally:
                stats = {k: v for k, v in OD(a=1, b=2).items() if v > 1}
            """;

    @Test
    void parsesWithoutError() {
        Module m = Parser.parse(PROGRAM);
        assertEquals(60, PROGRAM.split("\n", -1).length - 1);
        assertEquals(60, m.lines().size());
        List<String> kinds = m.body().stream().map(s -> s.getClass().getSimpleName()).collect(Collectors.toList());
        assertEquals(List.of("Import", "Import", "ImportFrom", "ClassDef", "FunctionDef", "FunctionDef",
                "Assign", "Assign", "Assign", "Assign", "Assign", "Assign", "Assert",
                "Delete", "ExprStmt", "ExprStmt", "Try"), kinds);
    }

    @Test
    void classAndClosureStructure() {
        Module m = Parser.parse(PROGRAM);
        ClassDef node = assertInstanceOf(ClassDef.class, m.body().get(3));
        assertEquals(new Pos(5, 1), node.pos());
        assertEquals(List.of("__init__", "__del__", "__repr__"),
                node.body().stream().filter(s -> s instanceof FunctionDef).map(s -> ((FunctionDef) s).name()).toList());
        FunctionDef makeCounter = assertInstanceOf(FunctionDef.class, m.body().get(4));
        assertEquals(List.of("start"), makeCounter.params().positional().stream().map(Params.Param::name).toList());
        assertEquals(List.of("step"), makeCounter.params().keywordOnly().stream().map(Params.Param::name).toList());
        assertEquals("(call make_counter 10 (kw step 5))", AstPrinter.print(((Stmt.Assign) m.body().get(10)).value()));
        FunctionDef counter = assertInstanceOf(FunctionDef.class, makeCounter.body().get(1));
        assertEquals("(Nonlocal count)\n(AugAssign count += step)\n(Return count)", AstPrinter.print(counter.body(), false));
        assertEquals(new Pos(28, 9), counter.body().get(0).pos());
    }

    @Test
    void semicolonLineGivesTwoStatementsWithTheirOwnPositions() {
        Module m = Parser.parse(PROGRAM);
        assertEquals("(Del@50:1 root@50:5)\n(Expr@50:11 (call@50:11 (.@50:11 gc@50:11 collect)))",
                AstPrinter.print(m.body().subList(13, 15), true));
    }
}
