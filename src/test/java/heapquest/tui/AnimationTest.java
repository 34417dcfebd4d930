package heapquest.tui;

import heapquest.engine.trace.HeapState;
import heapquest.tui.anim.Animation;
import heapquest.tui.anim.Changes;
import heapquest.tui.anim.Timeline;
import heapquest.tui.anim.Transition;
import heapquest.tui.heap.BoxFx;
import heapquest.tui.heap.Effects;
import heapquest.tui.render.ColorMode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class AnimationTest {

    static Transition transition(FakeTrace t, int step) {
        Changes c = Changes.between(t.stateBefore(step), t.stateBefore(step + 1), t.step(step));
        return new Transition(step, step + 1, 0, c, Timeline.plan(c, 1.0));
    }

    @Test
    void newObjectAppearsAndItsArrowGrows() {
        Transition tr = transition(Traces.aliasing(), 0);
        assertEquals(java.util.List.of(10), tr.changes().created());
        assertTrue(tr.changes().rebound().contains("n:0:a"));
        Effects start = Animation.effectsAt(tr, 0);
        assertEquals(0.0, start.box(10).appear());
        assertEquals(0.0, start.growth().get("n:0:a"));
        Effects mid = Animation.effectsAt(tr, 200);
        assertTrue(mid.box(10).appear() > 0.3 && mid.box(10).appear() < 1);
        assertEquals(Effects.NONE, Animation.effectsAt(tr, tr.timeline().total()));
    }

    @Test
    void refcountChangeIsShownOldToNew() {
        Transition tr = transition(Traces.aliasing(), 1);
        assertEquals(1L, tr.changes().rcBefore().get(10));
        assertEquals(1L, Animation.effectsAt(tr, 100).box(10).rcBefore());
        Driver d = new Driver(Traces.aliasing(), 100, 30, UiOptions.of(false, ColorMode.ANSI16, true)).key('n').settle();
        d.key('n').tick(100);
        assertTrue(d.text().contains("rc 1→2"), d.text());
        d.settle();
        assertTrue(d.text().contains("rc 2 ┐"), d.text());
    }

    @Test
    void freedObjectFlashesThenDissolvesThenIsGone() {
        FakeTrace t = Traces.aliasing();
        Transition tr = transition(t, 3);
        assertEquals(1, tr.changes().freed().size());
        assertTrue(Animation.effectsAt(tr, 0).box(10).flash());
        BoxFx later = Animation.effectsAt(tr, tr.timeline().flash() + tr.timeline().dissolve() / 2).box(10);
        assertTrue(later.dissolve() > 0.3 && later.dissolve() < 0.7, "dissolving: " + later);
        Driver d = new Driver(t, 100, 30, UiOptions.of(false, ColorMode.ANSI16, true)).keys("nnn").settle();
        d.key('n').tick(50);
        assertTrue(d.text().contains("┌ list"), "the ghost is drawn while it flashes");
        d.key('s');
        assertFalse(d.text().contains("┌ list"), "s skips the animation");
    }

    @Test
    void collectionMarksInOrderThenHighlightsTheCycleThenSweeps() {
        FakeTrace t = Traces.cycle();
        Transition tr = transition(t, 2);
        Changes.GcRun gc = tr.changes().gc();
        assertNotNull(gc);
        Timeline tl = tr.timeline();
        assertEquals(BoxFx.Gc.CANDIDATE, Animation.effectsAt(tr, 0).box(20).gc());
        assertEquals(BoxFx.Gc.MARKED, Animation.effectsAt(tr, 0).box(22).gc(), "the first reachable is marked at once");
        assertEquals(BoxFx.Gc.UNREACHABLE, Animation.effectsAt(tr, tl.markEnd() + 10).box(20).gc());
        Effects sweep = Animation.effectsAt(tr, tl.sweepStart() + 1);
        assertTrue(sweep.box(20).flash());
        assertTrue(Animation.effectsAt(tr, tl.sweepStart() + tl.flash() + 100).box(21).dissolve() > 0);
        assertTrue(Animation.effectsAt(tr, 100).box(22).died(), "the weak reference turns dead");
    }

    @Test
    void autoPlayAdvancesOnTicksAndStopsAtTheEnd() {
        Driver d = new Driver(Traces.aliasing(), 100, 30, UiOptions.of(false, ColorMode.ANSI16, true));
        d.key(' ');
        assertTrue(d.state.play().on());
        d.tick(10);
        assertEquals(1, d.state.step(), "the first line runs at once");
        d.tick(200);
        assertEquals(1, d.state.step(), "2 lines/s: not yet");
        d.tick(400);
        assertEquals(2, d.state.step());
        d.key('+').key('+');
        for (int i = 0; i < 20; i++) {
            d.tick(300);
        }
        assertEquals(5, d.state.step());
        assertFalse(d.state.play().on(), "stops at the end");
        assertTrue(d.text().contains("finished"));
    }

    @Test
    void noAnimationOptionShowsTheResultAtOnce() {
        Driver d = new Driver(Traces.aliasing(), 100, 30, UiOptions.of(false, ColorMode.ANSI16, false)).keys("nnnn");
        assertNull(d.state.transition());
        assertFalse(d.text().contains("┌ list"));
    }

    @Test
    void inputIsNeverBlockedByAnAnimation() {
        Driver d = new Driver(Traces.aliasing(), 100, 30, UiOptions.of(false, ColorMode.ANSI16, true));
        d.key('n').key('n').key('n'); // no ticks in between: each key acts at once
        assertEquals(3, d.state.step());
        d.key('p');
        assertEquals(2, d.state.step());
        assertNull(d.state.transition(), "stepping back is instant");
    }

    @Test
    void heapStateOfGhostsComesFromBeforeTheStep() {
        FakeTrace t = Traces.aliasing();
        HeapState before = t.stateBefore(3);
        Transition tr = transition(t, 3);
        assertEquals(before.object(10).orElseThrow(), tr.changes().freed().get(0));
    }
}
