package heapquest.engine.trace;

import java.util.List;

/**
 * One executed line. events are what happened while it ran (before the next step started).
 * callStack is the functions of the frames, outermost ({@code <module>}) first. The last step of a
 * program that ran to its end (or raised) is the interpreter's exit clean-up, on line
 * {@link #EXIT_LINE}: the module's names set to None and a last collection.
 */
public record Step(int index, int line, List<String> callStack, List<Event> events) {
    public static final int EXIT_LINE = 0;

    public boolean isExit() {
        return line == EXIT_LINE;
    }
}
