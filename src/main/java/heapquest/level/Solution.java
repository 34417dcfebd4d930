package heapquest.level;

import heapquest.engine.trace.Trace;

import java.util.List;

/**
 * What the checker found for a level: every question it could answer, the problems (each with the
 * position in the level file), and the trace of the run (null when the program could not run).
 */
public record Solution(Level level, List<Solved> solved, List<Problem> problems, Trace trace) {

    public Solution {
        solved = List.copyOf(solved);
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    public java.util.Optional<Solved> question(String id) {
        return solved.stream().filter(s -> s.question().id().equals(id)).findFirst();
    }
}
