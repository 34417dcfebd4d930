package heapquest.tui;

import heapquest.engine.trace.Trace;
import heapquest.tui.panels.CodeModel;

/** What does not change while viewing one run: the trace, its program, how to draw, the keys. */
public record Session(Trace trace, String title, CodeModel code, UiOptions options, KeyMap keys, Layouts layouts) {

    public static Session of(Trace trace, String title, UiOptions options) {
        return new Session(trace, title, CodeModel.of(trace.sourceLines()), options, KeyMap.explore(options.ascii()),
                new Layouts());
    }
}
