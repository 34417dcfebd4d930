package heapquest.engine.trace;

import java.util.List;
import java.util.Optional;

/**
 * The immutable record of one run: what {@code Engine.run} returns and everything above the engine
 * reads. Steps are numbered from 0; {@link #stateBefore(int)} accepts 0..stepCount(), where
 * stateBefore(stepCount()) is the state when the program ended.
 */
public interface Trace {

    List<String> sourceLines();

    int stepCount();

    Step step(int index);

    /** The heap, frames and output just before step {@code index} runs. */
    HeapState stateBefore(int index);

    default HeapState finalState() {
        return stateBefore(stepCount());
    }

    /** Steps (indices, ascending) that executed the given source line. */
    List<Integer> stepsAtLine(int line);

    /** Everything the program wrote to standard output. */
    String output();

    /** Everything written to standard error: tracebacks, "Exception ignored in ...". */
    String errorOutput();

    /** 0 if the program ended normally, 1 if an exception escaped (as python3 exits). */
    int exitCode();

    List<ProbeResult> probes();

    default Optional<ProbeResult> probe(String id) {
        return probes().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** Size figures for benchmarks: events stored, bytes used by the log and checkpoints. */
    TraceStats stats();

    record TraceStats(int steps, long events, long logBytes, long checkpointBytes, int checkpoints) {}
}
