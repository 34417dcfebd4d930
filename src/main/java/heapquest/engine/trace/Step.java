package heapquest.engine.trace;

import java.util.List;

/**
 * One executed line. events are what happened while it ran (before the next step started).
 * callStack is the functions of the frames, outermost ({@code <module>}) first.
 */
public record Step(int index, int line, List<String> callStack, List<Event> events) {}
