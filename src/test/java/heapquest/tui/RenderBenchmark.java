package heapquest.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import heapquest.engine.Engine;
import heapquest.engine.Limits;
import heapquest.engine.trace.HeapState;
import heapquest.engine.trace.ObjectView;
import heapquest.engine.trace.Reference;
import heapquest.engine.trace.Trace;
import heapquest.tui.heap.HeapLayout;
import heapquest.tui.heap.ProgramView;
import heapquest.tui.render.ColorMode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;

import static heapquest.tui.Heaps.*;

/**
 * Renders a 200-object heap into a 160x50 terminal and prints the time per frame (p50/p99):
 * an unchanged frame, a frame after scrolling (most cells change), an animated frame, the layout
 * of a new step, and a whole step (state, program view, changes, layout, first frame). Frames are
 * drawn through a real ANSI terminal writing escape sequences to a byte-counting sink, so the cost
 * of encoding the output is included; not a unit test: bench/render-bench.sh runs it.
 */
public final class RenderBenchmark {
    static final int W = 160;
    static final int H = 50;

    /** An ANSI terminal with a fixed size and no tty: the output goes to a sink we count. */
    static final class SinkTerminal extends ANSITerminal {
        SinkTerminal(OutputStream out) {
            super(new ByteArrayInputStream(new byte[0]), out, StandardCharsets.UTF_8);
        }

        @Override
        protected TerminalSize findTerminalSize() {
            return new TerminalSize(W, H);
        }
    }

    static final class Counting extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    public static void main(String[] args) throws IOException {
        boolean virtual = Arrays.asList(args).contains("--virtual");
        HeapState synthetic = synthetic200();
        Trace engine = engineTrace();
        HeapState engineState = ProgramView.of(engine.stateBefore(engine.stepCount() - 1));
        System.out.printf("heap: synthetic %d objects; engine program %d objects (%d with the interpreter's), %d steps%n",
                count(synthetic), count(engineState), count(engine.stateBefore(engine.stepCount() - 1)), engine.stepCount());
        System.out.printf("terminal %dx%d, %s%n%n", W, H, virtual ? "Lanterna virtual terminal" : "ANSI escape output to a counting sink");

        if (Arrays.asList(args).contains("--profile")) {
            long end = System.currentTimeMillis() + 20_000;
            while (System.currentTimeMillis() < end) {
                bench("synthetic", one(synthetic), virtual, false);
            }
            return;
        }
        // Warm up the JIT on both, then measure.
        for (int round = 0; round < 2; round++) {
            boolean report = round == 1;
            bench("synthetic", one(synthetic), virtual, report);
            bench("engine", engine, virtual, report);
        }
    }

    static void bench(String name, Trace trace, boolean virtual, boolean report) throws IOException {
        Counting sink = new Counting();
        Terminal term = virtual ? new DefaultVirtualTerminal(new TerminalSize(W, H))
                : new SinkTerminal(new FlushOnQueryStream(sink));
        TerminalScreen screen = new TerminalScreen(term);
        screen.startScreen();
        Viewer v = new Viewer();
        ViewerState s = Viewer.init(trace, "bench.py", UiOptions.of(false, ColorMode.XTERM256, true), W, H);
        s = Viewer.jump(s, trace.stepCount() - 1);
        final ViewerState at = s;
        draw(v, at, screen, true);

        int n = report ? 400 : 100;
        long[] idle = time(n, i -> draw(v, at, screen, false));
        long[] idleCpu = cpu;
        long bytesBefore = sink.bytes;
        long[] scroll = time(n, i -> draw(v, at.withScroll(0, (i % 2) * 3), screen, false));
        long[] scrollCpu = cpu;
        long scrollBytes = (sink.bytes - bytesBefore) / n;
        // An animated frame: the last step again, animated, at mid-animation.
        ViewerState prev = Viewer.jump(at, trace.stepCount() - 2).withNow(0);
        ViewerState anim = Viewer.forward(prev);
        long[] animated = time(n, i -> draw(v, anim.withNow(80 + (i % 10) * 30), screen, false));
        long[] animatedCpu = cpu;
        var view = at.layout().heapView();
        long[] layout = time(Math.max(20, n / 10), i -> HeapLayout.layout(
                new HeapState(at.heap().step(), at.heap().frames(), at.heap().objects(), ""), List.of(), view.w(),
                view.h()));
        long[] layoutCpu = cpu;
        ViewerState back = Viewer.jump(at, trace.stepCount() - 2).withNow(0);
        stepNanos = new long[Math.max(20, n / 10)];
        long[] step = time(Math.max(20, n / 10), i -> {
            // A fresh session each time, so nothing is cached: the state, the changes, the layout.
            ViewerState fresh = Viewer.jump(Viewer.init(trace, "bench.py", back.session().options(), W, H),
                    back.step());
            long t0 = System.nanoTime();
            draw(v, Viewer.forward(fresh), screen, false);
            stepNanos[i] = System.nanoTime() - t0;
        });
        step = stepNanos.clone();
        Arrays.sort(step);
        screen.stopScreen();
        if (report) {
            System.out.println(name + ":");
            line("unchanged frame (view + DELTA refresh)", idle, idleCpu);
            line("scrolled frame (most cells change)", scroll, scrollCpu);
            if (!virtual) {
                System.out.printf("    %-44s %6d bytes%n", "  output per scrolled frame", scrollBytes);
            }
            line("animated frame (effects, arrows regrown)", animated, animatedCpu);
            line("layout of a new state (boxes + arrows)", layout, layoutCpu);
            line("whole step (state, changes, layout, frame)", step);
            System.out.println();
        }
    }

    static long[] stepNanos = new long[1000];

    static void draw(Viewer v, ViewerState s, TerminalScreen screen, boolean full) {
        v.view(s, screen.newTextGraphics(), new TerminalSize(W, H));
        try {
            screen.refresh(full ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    /** CPU time of the last timed run, sorted: on a loaded machine wall time mostly measures the wait for a core. */
    static long[] cpu = new long[0];

    static long[] time(int n, IntConsumer body) {
        long[] t = new long[n];
        long[] c = new long[n];
        for (int i = 0; i < n; i++) {
            long c0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            body.accept(i);
            t[i] = System.nanoTime() - t0;
            c[i] = THREADS.getCurrentThreadCpuTime() - c0;
        }
        Arrays.sort(t);
        Arrays.sort(c);
        cpu = c;
        return t;
    }

    static void line(String what, long[] sorted) {
        line(what, sorted, null);
    }

    static void line(String what, long[] sorted, long[] cpuSorted) {
        String c = cpuSorted == null || cpuSorted.length == 0 ? ""
                : String.format("   (cpu p50 %6.2f ms)", cpuSorted[cpuSorted.length / 2] / 1e6);
        System.out.printf("    %-44s p50 %7.2f ms   p99 %7.2f ms%s%n", what, sorted[sorted.length / 2] / 1e6,
                sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.99) - 1)] / 1e6, c);
    }

    static long count(HeapState s) {
        return s.objects().stream().filter(o -> !o.isStatic()).count();
    }

    /** A trace of two steps whose second state is the 200-object heap (the first lacks a few). */
    static FakeTrace one(HeapState s) {
        List<ObjectView> fewer = new ArrayList<>(s.objects().subList(0, s.objects().size() - 6));
        HeapState before = new HeapState(0, s.frames(), fewer.stream().map(o -> strip(o, fewer)).toList(), "");
        return new FakeTrace("data = build()", "pass").step(1, before).step(2, s).end(s);
    }

    private static ObjectView strip(ObjectView o, List<ObjectView> keep) {
        var ids = keep.stream().map(ObjectView::id).toList();
        List<Reference> refs = o.references().stream().filter(r -> ids.contains(r.target())).toList();
        return new ObjectView(o.id(), o.address(), o.type(), o.summary(), o.refcount(), refs, o.gcTracked(),
                o.isStatic(), o.isWeakref(), o.weakTarget());
    }

    /** 200 objects: a 60-node linked list, 40 rows of [str], a dict of 25 pairs, a 10-node cycle, weakrefs. */
    public static HeapState synthetic200() {
        List<ObjectView> objs = new ArrayList<>();
        objs.add(small(1, "1"));
        objs.add(small(2, "None"));
        for (int i = 0; i < 60; i++) {
            objs.add(obj(1000 + i, "Node", "<Node>", 1, ref(".v", 1), ref(".next", i < 59 ? 1001 + i : 2)));
        }
        List<Reference> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            objs.add(obj(2000 + i, "str", "'row " + i + "'", 1));
            objs.add(obj(2100 + i, "list", "[...]", 1, ref("[0]", 2000 + i), ref("[1]", 1)));
            rows.add(ref("[" + i + "]", 2100 + i));
        }
        objs.add(obj(2200, "list", "[...]", 1, rows.toArray(new Reference[0])));
        List<Reference> entries = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            objs.add(obj(3000 + i, "list", "[k, v]", 1, ref("[0]", 1), ref("[1]", 3100 + i)));
            objs.add(obj(3100 + i, "float", (i + 0.5) + "", 1));
            entries.add(ref("['k" + i + "']", 3000 + i));
        }
        objs.add(obj(3200, "dict", "{...}", 1, entries.toArray(new Reference[0])));
        for (int i = 0; i < 10; i++) {
            objs.add(obj(4000 + i, "Node", "<Node>", 1, ref(".next", 4000 + (i + 1) % 10)));
        }
        objs.add(obj(4100, "Node", "<Node>", 2, ref(".v", 1)));
        for (int i = 0; i < 5; i++) {
            objs.add(weakref(4200 + i, 1, i == 0 ? 4100 : 1000 + i));
        }
        objs.add(obj(4300, "list", "[...]", 1, ref("[0]", 4200), ref("[1]", 4201), ref("[2]", 4202),
                ref("[3]", 4203), ref("[4]", 4204)));
        return state(1, List.of(frame(0, "<module>", 1, bind("head", 1000), bind("table", 2200), bind("index", 3200),
                bind("target", 4100), bind("refs", 4300))), objs, "");
    }

    public static Trace engineTrace() {
        String src = String.join("\n",
                "import weakref",
                "class Node:",
                "    def __init__(self, v, nxt):",
                "        self.v = v",
                "        self.next = nxt",
                "head = None",
                "for i in range(60):",
                "    head = Node(i * 1000, head)",
                "table = [[str(i) * 3, i * 1000] for i in range(40)]",
                "index = {}",
                "for i in range(25):",
                "    index['k' + str(i)] = [i, i + 1000.5]",
                "refs = [weakref.ref(table), weakref.ref(index)]",
                "done = True",
                "");
        return Engine.run(src, Limits.DEFAULT);
    }
}
