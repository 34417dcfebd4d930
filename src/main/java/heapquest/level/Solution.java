package heapquest.level;

import heapquest.engine.trace.Trace;

import java.util.List;

/**
 * What the checker found for a level: every question it could answer, the problems (each with the
 * position in the level file), and the trace of the program's run without probes (null when the
 * program could not run): the run a player steps through, and the one whose object serials the
 * {@code freed} answers ({@link Answer.Picked#serial()}) refer to.
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
