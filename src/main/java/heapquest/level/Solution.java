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

    /** A question and the trace step at which it is asked: just before its line runs that time. */
    public record Stop(Solved solved, int step) {}

    /**
     * The questions in the order a player meets them while stepping through the trace: by step, then
     * as the level lists them. A question whose line did not run that often is left out (the checker
     * reports it as a problem; a valid level has none). Empty when the program did not run.
     */
    public List<Stop> stops() {
        if (trace == null) {
            return List.of();
        }
        List<Stop> out = new java.util.ArrayList<>();
        for (Solved s : solved) {
            List<Integer> steps = trace.stepsAtLine(s.line());
            int occurrence = s.question().occurrence();
            if (steps.size() >= occurrence) {
                out.add(new Stop(s, steps.get(occurrence - 1)));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Stop::step)); // stable: the level's order within a step
        return List.copyOf(out);
    }

    public java.util.Optional<Solved> question(String id) {
        return solved.stream().filter(s -> s.question().id().equals(id)).findFirst();
    }
}
