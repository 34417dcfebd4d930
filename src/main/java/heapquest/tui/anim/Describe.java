package heapquest.tui.anim;

import heapquest.engine.trace.ObjectView;

/** Objects in words, the same way everywhere: "list 0x7f3a8c1b2a40". */
public final class Describe {
    private Describe() {}

    public static String object(ObjectView o) {
        return o.type() + " " + o.hexAddress();
    }

    public static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
