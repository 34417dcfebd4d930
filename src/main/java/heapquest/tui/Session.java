package heapquest.tui;

import heapquest.engine.trace.Trace;
import heapquest.tui.panels.CodeModel;

import java.util.List;

/**
 * What does not change while viewing one run: the trace, its program, how to draw, the keys.
 *
 * @param play    a level being played: the screen keeps rows for the question panel
 * @param endStep the step where the program counts as ended: stepCount, or for a level the step
 *                of the sentinel line the checker appends (so "the end" is before interpreter exit)
 */
public record Session(Trace trace, String title, CodeModel code, UiOptions options, KeyMap keys, Layouts layouts,
                      boolean play, int endStep) {

    public static Session of(Trace trace, String title, UiOptions options) {
        return new Session(trace, title, CodeModel.of(trace.sourceLines()), options, KeyMap.explore(options.ascii()),
                new Layouts(), false, trace.stepCount());
    }

    /** A level's run: its program's own lines (not the checker's sentinel), the play keys. */
    public static Session play(Trace trace, String title, List<String> programLines, UiOptions options, KeyMap keys) {
        int end = trace.stepCount();
        for (int i = 0; i < trace.stepCount(); i++) {
            if (trace.step(i).line() > programLines.size()) {
                end = i;
                break;
            }
        }
        return new Session(trace, title, CodeModel.of(programLines), options, keys, new Layouts(), true, end);
    }
}
