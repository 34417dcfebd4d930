package heapquest.engine;

import heapquest.engine.syntax.SourceError;
import heapquest.engine.trace.Event;
import heapquest.engine.trace.FrameView;
import heapquest.engine.trace.HeapState;
import heapquest.engine.trace.ObjectView;
import heapquest.engine.trace.ProbeResult;
import heapquest.engine.trace.Referrer;
import heapquest.engine.trace.Trace;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

/** The engine's trace and probes, on small programs whose CPython behaviour is known. */
class EngineTest {
    private static final String SEED = """
            import weakref
            class elephant():
                pass
            my_int1 = 10
            my_object = elephant()
            print("ID before update:", hex(id(my_int1)))
            my_int1 *= 2
            print("ID after update:", hex(id(my_int1)))
            my_object2 = weakref.ref(my_object)
            print("my_object2 weak reference:", my_object2)
            my_object = None
            print("my_object2 weak reference:", my_object2)
            """;

    private static Trace run(String src, Probe... probes) {
        return Engine.run(src, Limits.DEFAULT, List.of(probes));
    }

    private static Optional<Integer> binding(HeapState s, String name) {
        for (FrameView f : s.frames()) {
            for (FrameView.Binding b : f.bindings()) {
                if (b.name().equals(name)) {
                    return Optional.of(b.object());
                }
            }
        }
        return Optional.empty();
    }

    @Test
    void seedProgramShowsTheIntRebindAndTheWeakrefDying() {
        Trace t = run(SEED);
        String[] lines = t.output().split("\n");
        assertTrue(lines[0].startsWith("ID before update: 0x"));
        long before = Long.parseLong(lines[0].substring(lines[0].indexOf("0x") + 2), 16);
        long after = Long.parseLong(lines[1].substring(lines[1].indexOf("0x") + 2), 16);
        assertEquals(320, after - before, "id(20) - id(10) is 320, as in CPython");
        assertTrue(lines[2].matches("my_object2 weak reference: <weakref at 0x[0-9a-f]+; to 'elephant' at 0x[0-9a-f]+>"));
        assertTrue(lines[3].matches("my_object2 weak reference: <weakref at 0x[0-9a-f]+; dead>"));
        assertEquals(0, t.exitCode());
    }

    @Test
    void stateBeforeEachStepShowsNamesObjectsAndRefcounts() {
        Trace t = run(SEED);
        int rebind = t.stepsAtLine(11).get(0);
        HeapState before = t.stateBefore(rebind);
        int elephant = binding(before, "my_object").orElseThrow();
        ObjectView e = before.object(elephant).orElseThrow();
        assertEquals("elephant", e.type());
        assertEquals(1, e.refcount());
        List<Referrer> refs = before.referrersOf(elephant);
        assertTrue(refs.contains(new Referrer.Name(0, "<module>", "my_object")), refs.toString());
        assertTrue(refs.stream().anyMatch(r -> r instanceof Referrer.Slot s && s.weak()), "the weakref points at it");
        HeapState after = t.stateBefore(rebind + 1);
        assertTrue(after.object(elephant).isEmpty(), "freed when its only name was rebound");
        List<Event> events = t.step(rebind).events();
        assertTrue(events.stream().anyMatch(ev -> ev instanceof Event.Freed f && f.obj() == elephant));
        assertTrue(events.stream().anyMatch(ev -> ev instanceof Event.WeakrefCleared w && w.target() == elephant));
    }

    @Test
    void steppingBackwardsGivesTheSameStateAsForwards() {
        Trace t = run("xs = []\nfor i in range(50):\n    xs.append([i])\n    if i % 3 == 0:\n        xs.pop()\nprint(len(xs))\n");
        for (int i = t.stepCount(); i >= 0; i -= 7) {
            HeapState back = t.stateBefore(i);
            HeapState again = t.stateBefore(i);
            assertEquals(back.objects(), again.objects());
            assertEquals(back.frames(), again.frames());
        }
        assertEquals("33\n", t.output());
    }

    @Test
    void probesAnswerWithoutDisturbingTheProgram() {
        // CPython prints True: the freed block is the next one of its size class.
        String src = "class C:\n    pass\na = C()\nb = a\ni = id(a)\ndel a\nb = None\nc = C()\nprint(id(c) == i)\n";
        Trace plain = run(src);
        Trace probed = run(src,
                new Probe("rc", 5, Probe.Timing.BEFORE, 1, "a"),
                new Probe("same", 4, Probe.Timing.AFTER, 1, "a is b"),
                new Probe("missing", 3, Probe.Timing.BEFORE, 1, "a"),
                new Probe("churn", 8, Probe.Timing.BEFORE, 1, "[C(), C(), (1, 2), str(i)]"),
                new Probe("ids", 8, Probe.Timing.AFTER, 1, "id(c) == i"));
        assertEquals(plain.output(), probed.output());
        assertEquals("True\n", probed.output());
        ProbeResult rc = probed.probe("rc").orElseThrow();
        assertEquals(2, rc.refcount(), "names a and b");
        assertEquals("C", rc.type());
        assertEquals("True", probed.probe("same").orElseThrow().repr());
        assertEquals("NameError: name 'a' is not defined", probed.probe("missing").orElseThrow().error());
        assertEquals("True", probed.probe("ids").orElseThrow().repr());
        assertEquals(plain.stepCount(), probed.stepCount());
    }

    @Test
    void probeAfterTheLastLineSeesTheFinalStateNotTheExitCleanUp() {
        Trace t = run("x = [1]\ny = x\n", new Probe("last", 2, Probe.Timing.AFTER, 1, "y is x"));
        assertEquals("True", t.probe("last").orElseThrow().repr());
    }

    @Test
    void probeOccurrenceCountsExecutionsOfTheLine() {
        Trace t = run("total = 0\nfor i in range(5):\n    total += i\n",
                new Probe("third", 3, Probe.Timing.AFTER, 3, "total"));
        assertEquals("3", t.probe("third").orElseThrow().repr());
    }

    @Test
    void cycleDiesOnlyAtCollection() {
        Trace t = run("import gc\nclass C:\n    pass\na = C()\nb = C()\na.o = b\nb.o = a\ndel a, b\nn = gc.collect()\nprint(n)\n");
        assertEquals("2\n", t.output());
        int collect = t.stepsAtLine(9).get(0);
        assertEquals(2, t.stateBefore(collect).objects().stream().filter(o -> o.type().equals("C")).count());
        List<Event> events = t.step(collect).events();
        assertTrue(events.stream().anyMatch(e -> e instanceof Event.GcUnreachable u && u.objs().size() == 2));
        assertEquals(2, events.stream().filter(e -> e instanceof Event.Freed f && f.cause() == Event.FreeCause.GC).count());
    }

    @Test
    void unsupportedConstructsFailBeforeRunning() {
        SourceError e = assertThrows(SourceError.class, () -> run("print(1)\nimport os\n"));
        assertEquals("prog.py:2:8: not supported: import of module 'os' (only sys, gc and weakref)", e.format("prog.py"));
    }

    @Test
    void slotsAreNotSupportedRatherThanAPlainClassAttribute() {
        // Ignoring __slots__ would make weakref.ref(Slotted()) succeed where CPython raises TypeError.
        SourceError e = assertThrows(SourceError.class, () -> run("class Slotted:\n    __slots__ = ('x',)\n"));
        assertEquals("prog.py:2:5: not supported: __slots__", e.format("prog.py"));
    }

    @Test
    void limitsStopRunawayPrograms() {
        Trace loop = Engine.run("while True:\n    pass\n", Limits.DEFAULT.withMaxSteps(1000), List.of());
        assertEquals(1, loop.exitCode());
        assertTrue(loop.errorOutput().contains("step limit"), loop.errorOutput());
        Trace memory = Engine.run("xs = []\nwhile True:\n    xs.append([])\n",
                new Limits(1_000_000, 500, 100, 1000, 1000), List.of());
        assertTrue(memory.errorOutput().endsWith("MemoryError: more than 500 live objects\n"), memory.errorOutput());
        Trace big = Engine.run("s = 'x' * 5000\n", new Limits(1000, 1000, 100, 1000, 1000), List.of());
        assertTrue(big.errorOutput().contains("MemoryError"), big.errorOutput());
        Trace deep = Engine.run("def f(n):\n    return f(n + 1)\nf(0)\n", new Limits(100_000, 10_000, 50, 1000, 1000), List.of());
        assertTrue(deep.errorOutput().endsWith("RecursionError: maximum recursion depth exceeded\n"));
    }
}
