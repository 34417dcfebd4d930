package heapquest.tui;

import heapquest.tui.render.ColorMode;

/** Prints the viewer's screens for a sample trace; run by hand while working on the look. */
public final class ScreenPeek {
    public static void main(String[] args) {
        String which = args.length > 0 ? args[0] : "cycle";
        int w = args.length > 1 ? Integer.parseInt(args[1]) : 110;
        int h = args.length > 2 ? Integer.parseInt(args[2]) : 32;
        heapquest.engine.trace.Trace t;
        if (which.endsWith(".py")) {
            try {
                t = heapquest.engine.Engine.run(java.nio.file.Files.readString(java.nio.file.Path.of(which)),
                        heapquest.engine.Limits.DEFAULT);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        } else {
            t = which.equals("cycle") ? Traces.cycle() : Traces.aliasing();
        }
        Driver d = new Driver(t, w, h, UiOptions.of(false, ColorMode.ANSI16, true));
        String keys = args.length > 3 ? args[3] : "nnnn";
        for (char c : keys.toCharArray()) {
            if (c == '.') {
                d.tick(150);
            } else if (c == '_') {
                d.settle();
            } else {
                d.key(c);
            }
            System.out.println("---- after '" + c + "' t=" + (d.state.transition() == null ? "-" : d.state.transition().elapsed(d.now)));
            System.out.print(d.text());
        }
    }
}
